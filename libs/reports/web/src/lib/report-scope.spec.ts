import type { CurrentUserResponse } from '@thidua/auth/contracts';

import { blocChoices, defaultReportYear, looksAtEveryBloc, servedYears } from './report-scope';

const user = (role: CurrentUserResponse['role']): CurrentUserResponse =>
  ({
    id: 'u',
    username: 'thuky',
    fullName: 'Thư ký',
    role,
    unit: { id: 'unit', name: 'Báo Lào Cai' },
    mustChangePassword: false,
    secretariatOf: [
      { blocId: 'b23', blocName: 'Khối A', year: 2023, position: 'deputy' },
      { blocId: 'b24', blocName: 'Khối A', year: 2024, position: 'head' },
    ],
  }) as unknown as CurrentUserResponse;

describe('report scope', () => {
  const all = [{ id: 'x', name: 'Khối X', kind: 'khoi' as const }];

  it.each([
    ['admin', true],
    ['viewer', true],
    ['secretariat', false],
    ['unit', false],
  ] as const)('should let %s look at every bloc: %s', (role, expected) => {
    expect(looksAtEveryBloc(user(role))).toBe(expected);
  });

  it('should offer the board every bloc of the year', () => {
    expect(blocChoices(user('admin'), 2024, all)).toEqual(all);
  });

  it('should offer a secretariat only the blocs it serves that year', () => {
    expect(blocChoices(user('secretariat'), 2024, all)).toEqual([
      { id: 'b24', name: 'Khối A', kind: 'khoi' },
    ]);
    expect(blocChoices(user('secretariat'), 2022, all)).toEqual([]);
  });

  it('should open the board on the working year and a secretariat on the latest year it serves up to it', () => {
    expect(defaultReportYear(user('admin'), 2024)).toBe(2024);
    expect(defaultReportYear(user('secretariat'), 2026)).toBe(2024);
    expect(defaultReportYear(user('secretariat'), 2024)).toBe(2024);
    expect(defaultReportYear(user('secretariat'), 2023)).toBe(2023);
    expect(defaultReportYear(user('secretariat'), 2020)).toBe(2023);
    const none = { ...user('secretariat'), secretariatOf: [] };
    expect(defaultReportYear(none, 2025)).toBe(2025);
    expect(servedYears(user('secretariat'))).toEqual([2023, 2024]);
  });
});
