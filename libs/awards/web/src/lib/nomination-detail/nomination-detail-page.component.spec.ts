import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';

import { AWARDS_ACCESS } from '../awards-access';
import { NominationsApi } from '../nominations.api';
import { nominationFixture } from '../testing';
import { NominationDetailPageComponent } from './nomination-detail-page.component';
import { NominationDetailStore } from './nomination-detail.store';

describe('NominationDetailPageComponent', () => {
  it('should show the allowed actions and return with a reason', async () => {
    const api = {
      get: jest.fn(() =>
        of(nominationFixture({ status: 'submitted', allowedActions: ['return', 'accept'] })),
      ),
      transition: jest.fn(() => of(nominationFixture({ status: 'returned', version: 2 }))),
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        NominationDetailStore,
        { provide: NominationsApi, useValue: api },
        { provide: AWARDS_ACCESS, useValue: { can: () => false, user: () => null } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const fixture = TestBed.createComponent(NominationDetailPageComponent);
    fixture.componentRef.setInput('id', 'n1');
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const root = TestbedHarnessEnvironment.documentRootLoader(fixture);

    expect(
      await loader.getHarnessOrNull(MatButtonHarness.with({ text: 'Tiếp nhận' })),
    ).not.toBeNull();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Đã gửi khối');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Trả lại' }))).click();
    const dialog = await root.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatInputHarness)).setValue('Thiếu báo cáo thành tích');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Xác nhận' }))).click();
    await fixture.whenStable();

    expect(api.transition).toHaveBeenCalledWith('n1', {
      action: 'return',
      reason: 'Thiếu báo cáo thành tích',
      version: 1,
    });
  });
});
