/**
 * The sections a pledge must have before anyone signs it, each with the field that holds it:
 * section I, the common commitments, is what the units sign up to.
 */
export const REQUIRED_PLEDGE_SECTIONS = [{ field: 'commitments', section: 'I' }] as const;

export type RequiredPledgeField = (typeof REQUIRED_PLEDGE_SECTIONS)[number]['field'];

/** The required sections still empty (none: the pledge can be signed). */
export function emptyPledgeSections(
  pledge: Record<RequiredPledgeField, readonly string[]>,
): RequiredPledgeField[] {
  return REQUIRED_PLEDGE_SECTIONS.filter(({ field }) => !pledge[field].some((x) => x.trim())).map(
    ({ field }) => field,
  );
}
