import { type MovementsAccess, enlistableBlocIds } from './movements-access';

const as = (user: ReturnType<MovementsAccess['user']>): MovementsAccess => ({
  can: () => true,
  user: () => user,
});
const unit = { id: 'u', name: 'Báo Lào Cai' };

describe('enlistableBlocIds', () => {
  it('should leave an admin free to enlist any bloc', () => {
    expect(enlistableBlocIds(as({ role: 'admin', unit: null }), 2024)).toBeNull();
  });

  it('should give a secretariat the blocs it serves in the first year, or in any year without one', () => {
    const secretariat = as({
      role: 'secretariat',
      unit,
      secretariatOf: [
        { blocId: 'party', year: 2024 },
        { blocId: 'media', year: 2025 },
      ],
    });
    expect([...(enlistableBlocIds(secretariat, 2024) ?? [])]).toEqual(['party']);
    expect([...(enlistableBlocIds(secretariat, 2023) ?? [])]).toEqual([]);
    expect([...(enlistableBlocIds(secretariat, null) ?? [])]).toEqual(['party', 'media']);
  });

  it('should give other roles no bloc', () => {
    expect(enlistableBlocIds(as({ role: 'unit', unit }), 2024)?.size).toBe(0);
    expect(enlistableBlocIds(as(null), 2024)?.size).toBe(0);
  });
});
