import { TestBed } from '@angular/core/testing';

import { EmptyStateComponent } from './empty-state.component';
import { PageHeaderComponent } from './page-header.component';

describe('EmptyStateComponent', () => {
  it('should show the title and message as a status', async () => {
    const fixture = TestBed.createComponent(EmptyStateComponent);
    fixture.componentRef.setInput('title', 'Chưa có người dùng');
    fixture.componentRef.setInput('message', 'Thêm người dùng đầu tiên.');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent).toContain('Chưa có người dùng');
    expect(el.textContent).toContain('Thêm người dùng đầu tiên.');
    expect(el.getAttribute('role')).toBe('status');
  });

  it('should be an alert in the error tone', async () => {
    const fixture = TestBed.createComponent(EmptyStateComponent);
    fixture.componentRef.setInput('title', 'Lỗi');
    fixture.componentRef.setInput('tone', 'error');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.getAttribute('role')).toBe('alert');
    expect(el.classList).toContain('error');
  });
});

describe('PageHeaderComponent', () => {
  it('should render the heading as h1', async () => {
    const fixture = TestBed.createComponent(PageHeaderComponent);
    fixture.componentRef.setInput('heading', 'Người dùng');
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent).toBe(
      'Người dùng',
    );
  });
});
