import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { BeneficiaryKind, NominationListItemResponse } from '@thidua/awards/contracts';

import { AwardListsApi } from '../award-lists.api';
import { awardList } from '../testing';
import { AwardListBuilderStore } from './award-list-builder.store';

function nomination(
  id: string,
  kind: BeneficiaryKind,
  name: string,
  passed = true,
): NominationListItemResponse {
  const unit = { id: 'u1', code: 'STP', name: 'Sở Tư pháp', shortName: null };
  return {
    id,
    year: 2025,
    award: { id: 'a1', code: 'BK', name: 'Bằng khen' },
    beneficiary: { kind, id: `b-${id}`, name, unit },
    proposingUnit: unit,
    bloc: null,
    status: 'voted',
    blockers: 0,
    warnings: 0,
    vote: { votes: 8, denominator: 9, percent: 88.89, passed },
  };
}

describe('AwardListBuilderStore', () => {
  let api: Record<'votedNominations' | 'blocs' | 'create', jest.Mock>;
  let store: AwardListBuilderStore;

  beforeEach(() => {
    api = {
      votedNominations: jest.fn(() =>
        of({
          items: [
            nomination('n1', 'individual', 'Trần Thị B'),
            nomination('n2', 'collective', 'Phòng Hành chính'),
            nomination('n3', 'individual', 'Lê Văn C', false),
            nomination('n4', 'individual', 'An Văn D'),
          ],
          total: 4,
          page: 1,
          pageSize: 200,
        }),
      ),
      blocs: jest.fn(() => of({ items: [], total: 0, page: 1, pageSize: 200 })),
      create: jest.fn(),
    };
    TestBed.configureTestingModule({
      providers: [AwardListBuilderStore, { provide: AwardListsApi, useValue: api }],
    });
    store = TestBed.inject(AwardListBuilderStore);
  });

  it('should offer only the nominations that passed, grouped by kind and selected', async () => {
    await store.loadCandidates(2025, 'b1');
    expect(api.votedNominations).toHaveBeenCalledWith(2025, 'b1', 1);
    expect(store.groups().map((group) => group.kind)).toEqual(['collective', 'individual']);
    expect(store.groups()[1].items.map((item) => item.beneficiary.name)).toEqual([
      'An Văn D',
      'Trần Thị B',
    ]);
    expect(store.selectedCount()).toBe(3);
    expect(store.isSelected('n3')).toBe(false);
  });

  it('should build the list with the selected nominations in display order', async () => {
    await store.loadCandidates(2025, 'b1');
    store.toggle('n1', false);
    api.create.mockReturnValue(of(awardList()));
    const list = await store.save({ title: ' DS 2025 ', year: 2025, blocId: 'b1', order: 'names' });
    expect(list?.id).toBe('l1');
    expect(api.create).toHaveBeenCalledWith({
      title: 'DS 2025',
      year: 2025,
      blocId: 'b1',
      order: 'names',
      nominationIds: ['n2', 'n4'],
    });
    expect(store.saveError()).toBeNull();
  });

  it('should keep the selection and show the message when the server refuses a nomination', async () => {
    await store.loadCandidates(2025, 'b1');
    api.create.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 422,
            error: {
              statusCode: 422,
              code: 'awardLists.badNominations',
              message: 'Có đề nghị chưa được thông qua hoặc đã ở danh sách khác.',
            },
          }),
      ),
    );
    const list = await store.save({ title: 'DS', year: 2025, blocId: null, order: 'units' });
    expect(list).toBeNull();
    expect(store.saveError()?.code).toBe('awardLists.badNominations');
    expect(store.saveError()?.message).toContain('đã nằm trong danh sách khác');
    expect(store.selectedCount()).toBe(3);
    expect(store.isSaving()).toBe(false);
  });

  it('should select and clear a whole group', async () => {
    await store.loadCandidates(2025, null);
    store.toggleGroup('individual', false);
    expect(store.selectedCount()).toBe(1);
    store.toggleGroup('individual', true);
    expect(store.selectedCount()).toBe(3);
  });
});
