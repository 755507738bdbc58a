import { TestBed } from '@angular/core/testing';
import type { PageEvent } from '@angular/material/paginator';

import { ListFooterComponent, type PagedListState } from './list-footer.component';

function list(state: {
  rows?: number;
  filtered?: boolean;
  total?: number;
  page?: number;
}): PagedListState {
  return {
    status: () => 'idle',
    items: () => Array.from({ length: state.rows ?? 0 }),
    hasFilters: () => state.filtered ?? false,
    total: () => state.total ?? 0,
    query: () => ({ page: state.page, pageSize: 20 }),
  };
}

async function footer(inputs: Record<string, unknown>) {
  const fixture = TestBed.createComponent(ListFooterComponent);
  const values = {
    noMatchTitle: 'Không có đơn vị phù hợp',
    emptyTitle: 'Chưa có đơn vị',
    emptyMessage: 'Thêm đơn vị hoặc nhập từ tệp Excel.',
    ...inputs,
  };
  for (const [name, value] of Object.entries(values)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return { fixture, el: fixture.nativeElement as HTMLElement };
}

describe('ListFooterComponent', () => {
  it('should say "nothing yet" for an empty list without filters', async () => {
    const { el } = await footer({ list: list({}) });
    expect(el.textContent).toContain('Chưa có đơn vị');
    expect(el.textContent).toContain('Thêm đơn vị hoặc nhập từ tệp Excel.');
    expect(el.querySelector('button[type="button"]')?.textContent ?? '').not.toContain(
      'Xóa bộ lọc',
    );
  });

  it('should say "no match" and clear the filters on request', async () => {
    const { fixture, el } = await footer({ list: list({ filtered: true }) });
    let cleared = 0;
    fixture.componentInstance.clearFilters.subscribe(() => cleared++);
    expect(el.textContent).toContain('Không có đơn vị phù hợp');
    expect(el.textContent).toContain('Thử từ khóa khác hoặc bỏ bớt bộ lọc.');
    const clear = [...el.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Xóa bộ lọc'),
    );
    clear?.click();
    expect(cleared).toBe(1);
  });

  it('should show only the paginator when the list has rows, and report a page change 0-based', async () => {
    const { fixture, el } = await footer({ list: list({ rows: 20, total: 45, page: 2 }) });
    expect(el.textContent).not.toContain('Chưa có đơn vị');
    const pages: PageEvent[] = [];
    fixture.componentInstance.pageChange.subscribe((e) => pages.push(e));
    (el.querySelector('.mat-mdc-paginator-navigation-next') as HTMLButtonElement).click();
    expect(pages.map((p) => [p.pageIndex, p.pageSize])).toEqual([[2, 20]]);
  });
});
