import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';

import type { BlocYearResponse, UnitRef } from '@thidua/registry/contracts';

import { BlocsApi } from '../blocs/blocs.api';
import { UnitsApi } from '../units/units.api';
import { BlocDetailPageComponent } from './bloc-detail-page.component';
import { BlocDetailStore } from './bloc-detail.store';

const a: UnitRef = { id: 'a', code: 'A', name: 'Sở A', shortName: null };
const b: UnitRef = { id: 'b', code: 'B', name: 'Sở B', shortName: null };

function yearData(canManage: boolean, empty = false): BlocYearResponse {
  return {
    blocId: 'k1',
    year: 2026,
    members: empty
      ? []
      : [a, b].map((unit, i) => ({
          unitId: unit.id,
          unit: { ...unit, isArchived: false },
          rotationOrder: i + 1,
          joinedOn: '2026-01-01',
          leftOn: null,
        })),
    head: empty ? null : a,
    deputy: null,
    canManage,
    version: 1,
  };
}

describe('BlocDetailPageComponent', () => {
  async function render(data: BlocYearResponse) {
    const api = {
      get: jest.fn().mockReturnValue(
        of({
          id: 'k1',
          name: 'Khối các sở',
          kind: 'khoi',
          description: null,
          managingAuthority: null,
          headCooldownYears: null,
          isArchived: false,
          createdAt: '',
          updatedAt: '',
          version: 1,
          years: [{ year: 2026, memberCount: 2, head: a, deputy: null }],
          canManage: data.canManage,
        }),
      ),
      getYear: jest.fn().mockReturnValue(of(data)),
      rotationProposal: jest.fn().mockReturnValue(
        of({
          year: 2026,
          basedOnYear: 2025,
          head: b,
          deputy: a,
          cooldownYears: 1,
          reasons: [{ code: 'nextInOrderBecomesHead', role: 'head', unit: b, year: null }],
        }),
      ),
    };
    TestBed.configureTestingModule({
      imports: [BlocDetailPageComponent],
      providers: [
        provideRouter([]),
        provideNoopAnimations(),
        // Locale data for `vi` is registered by the app; the source texts are Vietnamese anyway.
        { provide: LOCALE_ID, useValue: 'en-US' },
        BlocDetailStore,
        { provide: BlocsApi, useValue: api },
        { provide: UnitsApi, useValue: { list: jest.fn() } },
      ],
    });
    const fixture = TestBed.createComponent(BlocDetailPageComponent);
    fixture.componentRef.setInput('id', 'k1');
    fixture.componentRef.setInput('year', '2026');
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const buttons = (el: HTMLElement) =>
    Array.from(el.querySelectorAll('button')).map((button) => button.textContent?.trim());

  it('should show the members, proposal reasons and the secretariat actions', async () => {
    const el = await render(yearData(true));
    expect(el.textContent).toContain('Thành viên năm 2026');
    expect(el.textContent).toContain(
      'Sở B là đơn vị kế tiếp theo thứ tự luân phiên, làm Trưởng khối',
    );
    expect(buttons(el)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Sửa danh sách thành viên'),
        'Lưu Trưởng, Phó khối',
        'Chấp nhận đề xuất',
      ]),
    );
    expect(buttons(el)).not.toContain('Sao chép thành viên năm trước');
  });

  it('should offer to copy last year into an empty year', async () => {
    const el = await render(yearData(true, true));
    expect(buttons(el)).toContain('Sao chép thành viên năm trước');
  });

  it('should hide the actions from readers', async () => {
    const el = await render(yearData(false));
    expect(buttons(el).join(' ')).not.toContain('Sửa danh sách thành viên');
    expect(buttons(el)).not.toContain('Chấp nhận đề xuất');
  });
});
