import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';

import { NominationsApi } from '../nominations.api';
import { apiFailure, nominationFixture } from '../testing';
import { NominationDetailStore } from './nomination-detail.store';

describe('NominationDetailStore', () => {
  let api: { get: jest.Mock; transition: jest.Mock; download: jest.Mock };
  let store: NominationDetailStore;

  beforeEach(async () => {
    api = {
      get: jest.fn(() =>
        of(
          nominationFixture({
            status: 'submitted',
            version: 3,
            allowedActions: ['return', 'accept'],
            timeline: [
              {
                at: '2025-01-01T08:00:00Z',
                actor: 'A',
                action: 'create',
                from: null,
                to: 'draft',
                reason: null,
              },
              {
                at: '2025-01-02T08:00:00Z',
                actor: 'A',
                action: 'submit',
                from: 'draft',
                to: 'submitted',
                reason: null,
              },
            ],
          }),
        ),
      ),
      transition: jest.fn(() => of(nominationFixture({ status: 'accepted', version: 4 }))),
      download: jest.fn(),
    };
    TestBed.configureTestingModule({
      providers: [NominationDetailStore, { provide: NominationsApi, useValue: api }],
    });
    store = TestBed.inject(NominationDetailStore);
    await store.load('n1');
  });

  it('should load the nomination with its newest event first', () => {
    expect(store.allowedActions()).toEqual(['return', 'accept']);
    expect(store.timeline().map((event) => event.action)).toEqual(['submit', 'create']);
  });

  it('should run a transition with the version shown', async () => {
    const outcome = await store.transition({ action: 'return', reason: 'Thiếu báo cáo' });
    expect(outcome).toEqual({ error: null, isBlocked: false });
    expect(api.transition).toHaveBeenCalledWith('n1', {
      action: 'return',
      reason: 'Thiếu báo cáo',
      version: 3,
    });
    expect(store.nomination()?.status).toBe('accepted');
  });

  it('should reload on 409 and return the message', async () => {
    api.transition.mockReturnValue(
      apiFailure(409, 'nominations.invalidTransition', 'Không thể thực hiện ở trạng thái này'),
    );
    api.get.mockReturnValue(of(nominationFixture({ status: 'accepted', version: 5 })));
    const outcome = await store.transition({ action: 'accept' });
    expect(outcome.error?.message).toBe('Không thể thực hiện ở trạng thái này');
    expect(outcome.isBlocked).toBe(false);
    expect(store.nomination()?.version).toBe(5);
  });

  it('should say when blockers stopped it, so an admin may override', async () => {
    api.transition.mockReturnValueOnce(
      apiFailure(422, 'nominations.blocked', 'Còn điều kiện chặn: dẫn đầu khối'),
    );
    const blocked = await store.transition({ action: 'accept' });
    expect(blocked.isBlocked).toBe(true);
    expect(api.get).toHaveBeenCalledTimes(2);

    const overridden = await store.transition({
      action: 'accept',
      overrideBlockers: true,
      reason: 'Hội đồng chấp thuận',
    });
    expect(overridden.error).toBeNull();
    expect(api.transition).toHaveBeenLastCalledWith('n1', {
      action: 'accept',
      overrideBlockers: true,
      reason: 'Hội đồng chấp thuận',
      version: 3,
    });
  });

  it('should pass a missing reason or a wrong party back without reloading', async () => {
    api.transition.mockReturnValueOnce(
      apiFailure(422, 'nominations.reasonRequired', 'Vui lòng nhập lý do'),
    );
    const missing = await store.transition({ action: 'return' });
    expect(missing).toEqual({
      error: expect.objectContaining({ code: 'nominations.reasonRequired' }),
      isBlocked: false,
    });
    api.transition.mockReturnValueOnce(
      apiFailure(403, 'common.forbidden', 'Không phải khối của bạn'),
    );
    const forbidden = await store.transition({ action: 'accept' });
    expect(forbidden.error?.statusCode).toBe(403);
    expect(api.get).toHaveBeenCalledTimes(1);
    expect(store.isSaving()).toBe(false);
  });

  it('should keep the load error', async () => {
    api.get.mockReturnValue(
      apiFailure(404, 'nominations.notFound', 'Không tìm thấy đề nghị khen thưởng.'),
    );
    await store.load('n2');
    expect(store.status()).toBe('error');
    expect(store.nomination()).toBeNull();
    expect(store.error()?.message).toBe('Không tìm thấy đề nghị khen thưởng.');
  });
});
