import type { PledgeResponse, PledgeUnitResponse } from '@thidua/movements/contracts';
import type { UnitRef } from '@thidua/registry/contracts';

/** What the progress bar shows: "Đã ký {signed}/{members}", the percentage and who is missing. */
export interface PledgeProgressView {
  signed: number;
  members: number;
  /** 0–100, whole number. */
  percent: number;
  unsigned: UnitRef[];
  isComplete: boolean;
}

export function pledgeProgressView(pledge: PledgeResponse): PledgeProgressView {
  const members = Math.max(0, pledge.memberCount);
  const signed = Math.min(Math.max(0, pledge.signedCount), members);
  return {
    signed,
    members,
    percent: members ? Math.round((signed / members) * 100) : 0,
    unsigned: orderPledgeUnits(pledge.units)
      .filter((unit) => !unit.signature)
      .map((unit) => unit.unit),
    isComplete: members > 0 && signed >= members,
  };
}

const ROLE_ORDER = { head: 0, deputy: 1 } as const;

/** Head first, then deputy, then the others in the server's order. */
export function orderPledgeUnits(units: readonly PledgeUnitResponse[]): PledgeUnitResponse[] {
  return units
    .map((unit, index) => ({ unit, index }))
    .sort((a, b) => {
      const ra = a.unit.role ? ROLE_ORDER[a.unit.role] : 2;
      const rb = b.unit.role ? ROLE_ORDER[b.unit.role] : 2;
      return ra - rb || a.index - b.index;
    })
    .map(({ unit }) => unit);
}

/** The title a new pledge starts with (the document is Vietnamese in every UI language). */
export function defaultPledgeTitle(year: number): string {
  return `Bản giao ước thi đua năm ${year}`;
}
