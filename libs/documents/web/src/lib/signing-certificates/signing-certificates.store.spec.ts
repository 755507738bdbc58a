import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { SigningCertificateResponse } from '@thidua/shared/contracts';

import { SigningCertificatesApi } from './signing-certificates.api';
import { SigningCertificatesStore } from './signing-certificates.store';

function certificate(overrides: Partial<SigningCertificateResponse>): SigningCertificateResponse {
  return {
    id: 'c1',
    bodyCode: 'SNV',
    bodyName: 'Sở Nội vụ',
    signerName: 'Trần Thị Ánh',
    commonName: 'Sở Nội vụ',
    subject: 'CN=Sở Nội vụ',
    issuer: 'CN=Ban Cơ yếu Chính phủ',
    serialNumber: '0A1B',
    validFrom: '2025-01-01T00:00:00.000Z',
    validTo: '2027-01-01T00:00:00.000Z',
    fingerprint: 'ab'.repeat(32),
    status: 'active',
    uploadedAt: '2025-06-01T00:00:00.000Z',
    uploadedBy: 'u1',
    ...overrides,
  };
}

describe('SigningCertificatesStore', () => {
  let api: Record<'list' | 'upload' | 'remove', jest.Mock>;
  let store: SigningCertificatesStore;

  beforeEach(() => {
    api = {
      list: jest.fn(() => of([certificate({}), certificate({ id: 'c0', status: 'replaced' })])),
      upload: jest.fn(() => of(certificate({}))),
      remove: jest.fn(() => of(undefined)),
    };
    TestBed.configureTestingModule({
      providers: [SigningCertificatesStore, { provide: SigningCertificatesApi, useValue: api }],
    });
    store = TestBed.inject(SigningCertificatesStore);
  });

  it('should load the certificates and tell the active ones from the retired', async () => {
    await store.load();
    expect(store.active().map((c) => c.id)).toEqual(['c1']);
    expect(store.retired().map((c) => c.id)).toEqual(['c0']);
    expect(store.status()).toBe('idle');
  });

  it('should upload the file with its fields and read the list again', async () => {
    const file = new File(['x'], 'snv.p12');
    const fields = { bodyCode: 'SNV', bodyName: 'Sở Nội vụ', signerName: 'A', password: 'p' };
    expect(await store.upload(file, fields)).toBeNull();
    expect(api.upload).toHaveBeenCalledWith(file, fields);
    expect(api.list).toHaveBeenCalledTimes(1);
  });

  it('should hand back the field errors of a refused file', async () => {
    api.upload.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 422,
            error: {
              statusCode: 422,
              code: 'signing.wrongPassword',
              message: 'Mật khẩu của tệp chứng thư số không đúng.',
              fieldErrors: { password: ['Mật khẩu của tệp chứng thư số không đúng.'] },
            },
          }),
      ),
    );
    const error = await store.upload(new File(['x'], 'snv.p12'), {
      bodyCode: 'SNV',
      bodyName: 'Sở Nội vụ',
      signerName: 'A',
      password: 'sai',
    });
    expect(error?.fieldErrors).toEqual({ password: ['Mật khẩu của tệp chứng thư số không đúng.'] });
    expect(api.list).not.toHaveBeenCalled();
    expect(store.isBusy()).toBe(false);
  });

  it('should remove a certificate and read the list again', async () => {
    expect(await store.remove('c1')).toBeNull();
    expect(api.remove).toHaveBeenCalledWith('c1');
    expect(api.list).toHaveBeenCalled();
  });
});
