import type { AwardTypeResponse, NominationResponse } from '@thidua/awards/contracts';

import {
  type NominationFormValue,
  awardsForKind,
  beneficiaryIdOf,
  emptyFigures,
  nominationFieldAliases,
  personOption,
  toNominationFormValue,
  toSaveNominationRequest,
} from './nomination-form';

const unit = { id: 'u1', code: 'STP', name: 'Sở Tư pháp', shortName: 'STP' };
const proposing = { id: 'p1', code: 'SNV', name: 'Sở Nội vụ', shortName: null };

function value(overrides: Partial<NominationFormValue> = {}): NominationFormValue {
  return {
    beneficiaryKind: 'collective',
    unit,
    person: { id: 'person-1', name: 'Nguyễn Văn A', detail: null },
    household: { id: 'household-1', name: 'Trần Thị B', detail: 'Thôn 1' },
    year: 2025,
    proposingUnit: proposing,
    awardTypeId: 'award-1',
    movement: null,
    summary: '  Hoàn thành xuất sắc nhiệm vụ.  ',
    figures: {
      memberCount: 20,
      ldttCount: 16,
      cstdcsCount: 2,
      allCompleted: true,
      disciplinedCount: 0,
      womenCount: 9,
    },
    report: null,
    ...overrides,
  };
}

describe('nomination form mapping', () => {
  it.each([
    ['collective', 'u1'],
    ['individual', 'person-1'],
    ['household', 'household-1'],
  ] as const)('should take the beneficiary of a %s from its own picker', (kind, id) => {
    expect(beneficiaryIdOf(value({ beneficiaryKind: kind }))).toBe(id);
    expect(toSaveNominationRequest(value({ beneficiaryKind: kind })).beneficiaryId).toBe(id);
  });

  it('should send the figures only for a collective', () => {
    const collective = toSaveNominationRequest(value());
    expect(collective).toEqual({
      year: 2025,
      awardTypeId: 'award-1',
      beneficiaryKind: 'collective',
      beneficiaryId: 'u1',
      proposingUnitId: 'p1',
      movementId: null,
      summary: 'Hoàn thành xuất sắc nhiệm vụ.',
      figures: {
        memberCount: 20,
        ldttCount: 16,
        cstdcsCount: 2,
        allCompleted: true,
        disciplinedCount: 0,
        womenCount: 9,
      },
      reportAttachmentId: null,
    });
    expect(toSaveNominationRequest(value({ beneficiaryKind: 'individual' })).figures).toBeNull();
  });

  it('should pass the movement and the uploaded report', () => {
    const request = toSaveNominationRequest(
      value({
        movement: { id: 'm1', title: 'Phong trào' },
        report: {
          id: 'att-1',
          fileName: 'bao-cao.pdf',
          contentType: 'application/pdf',
          sizeBytes: 1000,
          uploadedAt: '2025-01-01T00:00:00Z',
          url: '/api/v1/attachments/att-1',
        },
      }),
    );
    expect(request.movementId).toBe('m1');
    expect(request.reportAttachmentId).toBe('att-1');
  });

  it('should leave the beneficiary empty when nothing is picked', () => {
    expect(toSaveNominationRequest(value({ unit: null })).beneficiaryId).toBe('');
  });

  it('should read a saved nomination back into the form', () => {
    const nomination = {
      id: 'n1',
      year: 2024,
      award: { id: 'award-2', code: 'BK', name: 'Bằng khen', kind: 'regular' },
      beneficiary: { kind: 'individual', id: 'person-9', name: 'Lê Văn C', unit },
      proposingUnit: proposing,
      movement: null,
      summary: 'Tóm tắt',
      figures: null,
      report: null,
    } as unknown as NominationResponse;
    const form = toNominationFormValue(nomination);
    expect(form.beneficiaryKind).toBe('individual');
    expect(form.person).toEqual({ id: 'person-9', name: 'Lê Văn C', detail: 'Sở Tư pháp' });
    expect(form.unit).toBeNull();
    expect(form.figures).toEqual(emptyFigures());
    expect(beneficiaryIdOf(form)).toBe('person-9');
  });

  it('should map server field names to the stepper controls', () => {
    const aliases = nominationFieldAliases('household');
    expect(aliases['beneficiaryId']).toBe('subject.household');
    expect(aliases['figures.memberCount']).toBe('achievements.figures.memberCount');
    expect(aliases['summary']).toBe('achievements.summary');
  });

  it('should offer active awards for the kind, in catalogue order', () => {
    const type = (id: string, kinds: string[], sortOrder: number, isActive = true) =>
      ({ id, name: id, beneficiaryKinds: kinds, sortOrder, isActive }) as AwardTypeResponse;
    const types = [
      type('b', ['collective', 'individual'], 2),
      type('a', ['collective'], 1),
      type('c', ['individual'], 0),
      type('d', ['collective'], 0, false),
    ];
    expect(awardsForKind(types, 'collective').map((t) => t.id)).toEqual(['a', 'b']);
    expect(awardsForKind(types, 'household')).toEqual([]);
  });

  it('should describe a person for the picker', () => {
    expect(
      personOption({
        id: 'x',
        fullName: 'Phạm D',
        birthYear: 1980,
        sex: 'female',
        position: 'Trưởng phòng',
        unit,
        version: 1,
      }),
    ).toEqual({ id: 'x', name: 'Phạm D', detail: '1980 · Trưởng phòng · Sở Tư pháp' });
  });
});
