import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import type { AuditLogEntryResponse } from '@thidua/shared/contracts';

import { AuditEntryDetailComponent } from './audit-entry-detail.component';

const entry: AuditLogEntryResponse = {
  id: 'a1',
  at: '2025-03-04T05:06:00Z',
  actorId: 'u1',
  actorUsername: 'thuky',
  action: 'update',
  entity: 'ballotCounts',
  entityId: 'b1',
  before: { issued: 9, valid: 8, invalid: 1, version: 3 },
  after: { issued: 9, valid: 7, invalid: 2, version: 4 },
  reason: null,
  ip: '203.0.113.7',
  userAgent: 'Mozilla/5.0 (Android 14)',
  origin: 'request',
};

describe('AuditEntryDetailComponent', () => {
  function render(link: string | null) {
    TestBed.configureTestingModule({
      imports: [AuditEntryDetailComponent],
      providers: [provideRouter([])],
    });
    const fixture = TestBed.createComponent(AuditEntryDetailComponent);
    fixture.componentRef.setInput('entry', entry);
    fixture.componentRef.setInput('link', link);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('should show the changed fields by name with their old and new values', () => {
    const host = render('/ballots/b1');
    const rows = [...host.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Phiếu hợp lệ', '8', '7'],
      ['Phiếu không hợp lệ', '1', '2'],
    ]);
    expect(host.textContent).toContain('203.0.113.7');
    expect(host.textContent).toContain('Yêu cầu của người dùng');
    expect(host.querySelector('a')?.getAttribute('href')).toBe('/ballots/b1');
  });

  it('should link nothing when the record has no page', () => {
    expect(render(null).querySelector('a')).toBeNull();
  });
});
