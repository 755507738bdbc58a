import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { OrganisationProfileResponse } from '@thidua/registry/contracts';

import { formValueToProfile, profileToFormValue } from './organisation-form';
import { OrganisationApi } from './organisation.api';
import { OrganisationStore } from './organisation.store';

const PROFILE: OrganisationProfileResponse = {
  fullName: 'Ủy ban nhân dân tỉnh Hòa Bình',
  shortName: 'UBND tỉnh Hòa Bình',
  headerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH HÒA BÌNH'],
  areaName: 'tỉnh Hòa Bình',
  place: 'Hòa Bình',
  issuingBodies: [
    {
      code: 'ubnd',
      name: 'Ủy ban nhân dân tỉnh Hòa Bình',
      parentLines: [],
      ownLines: ['ỦY BAN NHÂN DÂN', 'TỈNH HÒA BÌNH'],
      numberSymbol: 'UBND',
    },
  ],
  signers: [
    {
      documentKind: 'decision',
      issuingBodyCode: 'ubnd',
      validFrom: '2024-01-05',
      capacity: 'KT.',
      authority: 'CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Bùi Văn Khánh',
    },
  ],
  recipients: [{ documentKind: 'decision', addressees: [], recipients: ['Như Điều 3', 'Lưu: VT'] }],
  version: 3,
  updatedAt: '2025-01-01T00:00:00.000Z',
  warnings: [{ code: 'organisation.signerMissing', documentKind: 'report' }],
};

describe('organisation form', () => {
  it('should edit lists one line per row and give them back as lists', () => {
    const value = profileToFormValue(PROFILE);
    expect(value.headerLines).toBe('ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH');
    expect(value.signers[0].validFrom).toEqual(new Date(2024, 0, 5));
    const back = formValueToProfile({
      ...value,
      headerLines: ' ỦY BAN NHÂN DÂN \n\nTỈNH HÒA BÌNH',
    });
    expect(back.headerLines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH HÒA BÌNH']);
    expect(back.signers[0].validFrom).toBe('2024-01-05');
    expect(back.recipients).toEqual(PROFILE.recipients);
  });
});

describe('OrganisationStore', () => {
  let api: { [K in keyof OrganisationApi]: jest.Mock };
  let store: OrganisationStore;

  beforeEach(() => {
    api = {
      profile: jest.fn().mockReturnValue(of(PROFILE)),
      saveProfile: jest.fn(),
      legalDocuments: jest.fn().mockReturnValue(of([])),
      createLegalDocument: jest.fn(),
      updateLegalDocument: jest.fn(),
      removeLegalDocument: jest.fn(),
    };
    TestBed.configureTestingModule({
      providers: [OrganisationStore, { provide: OrganisationApi, useValue: api }],
    });
    store = TestBed.inject(OrganisationStore);
  });

  it('should show what the profile lacks', async () => {
    await store.load();
    expect(store.warnings()).toEqual([
      { code: 'organisation.signerMissing', documentKind: 'report' },
    ]);
  });

  it('should save the whole profile with the version read', async () => {
    await store.load();
    api.saveProfile.mockReturnValue(of({ ...PROFILE, version: 4, warnings: [] }));
    const { version: _v, updatedAt: _u, warnings: _w, ...profile } = PROFILE;
    expect(await store.save(profile)).toBeNull();
    expect(api.saveProfile).toHaveBeenCalledWith({ ...profile, version: 3 });
    expect(store.profile()?.version).toBe(4);
    expect(store.warnings()).toEqual([]);
  });

  it('should give back the field errors and read the profile again when it was stale', async () => {
    await store.load();
    api.saveProfile.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: { statusCode: 409, code: 'common.staleVersion', message: 'Đã có người sửa.' },
          }),
      ),
    );
    const error = await store.save(PROFILE);
    expect(error?.code).toBe('common.staleVersion');
    expect(api.profile).toHaveBeenCalledTimes(2);
  });
});
