import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';

import { AwardTypesApi } from '../award-types/award-types.api';
import { AWARDS_ACCESS } from '../awards-access';
import { BeneficiariesApi } from '../beneficiaries.api';
import { NominationsApi } from '../nominations.api';
import { NominationFormPageComponent } from './nomination-form-page.component';
import { NominationFormStore } from './nomination-form.store';

describe('NominationFormPageComponent', () => {
  it('should start on the recipient step with the three kinds and the unit picker', async () => {
    const empty = of({ items: [], total: 0, page: 1, pageSize: 20 });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        NominationFormStore,
        { provide: NominationsApi, useValue: { searchMovements: () => empty } },
        { provide: AwardTypesApi, useValue: { list: () => of([]) } },
        {
          provide: BeneficiariesApi,
          useValue: {
            searchUnits: () => empty,
            listPeople: () => empty,
            listHouseholds: () => empty,
          },
        },
        {
          provide: AWARDS_ACCESS,
          useValue: {
            can: () => false,
            user: () => ({ role: 'unit', unit: { id: 'u1', name: 'Sở Tư pháp' } }),
          },
        },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const fixture = TestBed.createComponent(NominationFormPageComponent);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const el = fixture.nativeElement as HTMLElement;

    const kinds = await loader.getHarness(MatRadioGroupHarness);
    const labels = await Promise.all((await kinds.getRadioButtons()).map((r) => r.getLabelText()));
    expect(labels).toEqual(['Tập thể', 'Cá nhân', 'Hộ gia đình']);
    expect(el.textContent).toContain('Đơn vị được đề nghị');

    await (await kinds.getRadioButtons({ label: 'Cá nhân' }))[0].check();
    await fixture.whenStable();
    expect(el.textContent).toContain('Cá nhân được đề nghị');
    expect(el.textContent).toContain('Thêm cá nhân');
  });
});
