import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';

import type {
  EligibilityResult,
  EligibilityStatus,
  SaveNominationRequest,
} from '@thidua/awards/contracts';

import { AwardTypesApi } from '../award-types/award-types.api';
import { BeneficiariesApi } from '../beneficiaries.api';
import { NominationsApi } from '../nominations.api';
import { apiFailure, nominationFixture } from '../testing';
import { NominationFormStore } from './nomination-form.store';

const result = (rule: string, status: EligibilityStatus): EligibilityResult => ({
  rule,
  status,
  code: `eligibility.${rule}`,
  params: {},
  message: '',
  citation: null,
  citationCode: null,
});

const request: SaveNominationRequest = {
  year: 2025,
  awardTypeId: 'a1',
  beneficiaryKind: 'collective',
  beneficiaryId: 'u1',
  proposingUnitId: 'u1',
  summary: 'Dẫn đầu khối.',
};

describe('NominationFormStore', () => {
  let api: Record<string, jest.Mock>;
  let store: NominationFormStore;

  beforeEach(() => {
    api = {
      get: jest.fn(() => of(nominationFixture())),
      create: jest.fn(() => of(nominationFixture())),
      update: jest.fn(() => of(nominationFixture({ version: 2 }))),
      transition: jest.fn(() => of(nominationFixture({ status: 'submitted', version: 2 }))),
      uploadReport: jest.fn(),
    };
    TestBed.configureTestingModule({
      providers: [
        NominationFormStore,
        { provide: NominationsApi, useValue: api },
        { provide: AwardTypesApi, useValue: { list: jest.fn(() => of([])) } },
        { provide: BeneficiariesApi, useValue: {} },
      ],
    });
    store = TestBed.inject(NominationFormStore);
  });

  it('should create the draft first, then update it with its version', async () => {
    await store.load(null);
    expect(api.get).not.toHaveBeenCalled();
    const first = await store.save(request);
    expect(first.error).toBeNull();
    expect(api.create).toHaveBeenCalledWith(request);
    await store.save(request);
    expect(api.update).toHaveBeenCalledWith('n1', { ...request, version: 1 });
    expect(store.nomination()?.version).toBe(2);
  });

  it('should return the field errors of a refused draft', async () => {
    api.create.mockReturnValue(
      apiFailure(422, 'common.validation', 'Dữ liệu không hợp lệ', {
        fieldErrors: { summary: ['Vui lòng nhập tóm tắt'], 'figures.memberCount': ['Sai'] },
      }),
    );
    const result = await store.save(request);
    expect(result.nomination).toBeNull();
    expect(result.error?.fieldErrors).toEqual({
      summary: ['Vui lòng nhập tóm tắt'],
      'figures.memberCount': ['Sai'],
    });
    expect(store.nomination()).toBeNull();
    expect(store.isSaving()).toBe(false);
  });

  it('should tell when the saved draft has blockers', async () => {
    api.create.mockReturnValue(
      of(
        nominationFixture({
          eligibility: [
            { ...result('leadsBloc', 'blocker'), message: 'Chưa dẫn đầu khối' },
            { ...result('review', 'pass'), message: 'Không bị kỷ luật' },
          ],
        }),
      ),
    );
    await store.save(request);
    expect(store.hasBlockers()).toBe(true);
  });

  it('should submit with the version it was read at', async () => {
    await store.save(request);
    expect(await store.submit()).toBeNull();
    expect(api.transition).toHaveBeenLastCalledWith('n1', { action: 'submit', version: 1 });
    expect(store.nomination()?.status).toBe('submitted');
  });

  it('should send overrideBlockers and the reason for an admin override', async () => {
    await store.save(request);
    await store.submit({ reason: 'Hội đồng đã xem xét' });
    expect(api.transition).toHaveBeenCalledWith('n1', {
      action: 'submit',
      version: 1,
      overrideBlockers: true,
      reason: 'Hội đồng đã xem xét',
    });
  });

  it('should read the draft again when blocked or stale', async () => {
    await store.save(request);
    api.transition.mockReturnValue(
      apiFailure(422, 'nominations.blocked', 'Chưa đạt: dẫn đầu khối'),
    );
    api.get.mockReturnValue(
      of(
        nominationFixture({
          eligibility: [{ ...result('x', 'blocker'), message: 'Chưa đạt' }],
        }),
      ),
    );
    const blocked = await store.submit();
    expect(blocked?.code).toBe('nominations.blocked');
    expect(api.get).toHaveBeenCalledWith('n1');
    expect(store.hasBlockers()).toBe(true);

    api.transition.mockReturnValue(
      apiFailure(
        409,
        'common.staleVersion',
        'Dữ liệu đã được người khác thay đổi. Vui lòng tải lại rồi sửa tiếp.',
      ),
    );
    api.get.mockReturnValue(of(nominationFixture({ version: 7 })));
    const stale = await store.submit();
    expect(stale?.message).toBe(
      'Dữ liệu đã được người khác thay đổi. Vui lòng tải lại rồi sửa tiếp.',
    );
    expect(store.nomination()?.version).toBe(7);
  });

  it('should return the upload error from the server', async () => {
    api.uploadReport.mockReturnValue(
      apiFailure(422, 'attachments.unsupportedType', 'Chỉ nhận PDF hoặc DOCX'),
    );
    const result = await store.uploadReport(new File(['x'], 'a.pdf'));
    expect(result.attachment).toBeNull();
    expect(result.error?.message).toBe('Chỉ nhận PDF hoặc DOCX');
    expect(store.isUploading()).toBe(false);
  });
});
