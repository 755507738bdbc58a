import {
  type DocumentKind,
  type DocumentSigner,
  type LegalDocument,
  type OrganisationProfile,
  PROFILE_SIGNED_KINDS,
  type ProfileWarning,
} from '@thidua/registry/contracts';
import { foldVietnamese } from '@thidua/shared/util';

/**
 * The signer of `kind` in force on `date` (yyyy-MM-dd): the one with the latest `validFrom` on or
 * before it; null when none is.
 */
export function signerInForce<T extends Pick<DocumentSigner, 'documentKind' | 'validFrom'>>(
  signers: readonly T[],
  kind: DocumentKind,
  date: string,
): T | null {
  let found: T | null = null;
  for (const signer of signers) {
    if (signer.documentKind !== kind || signer.validFrom > date) continue;
    if (!found || signer.validFrom > found.validFrom) found = signer;
  }
  return found;
}

/**
 * The legal documents a `kind` of document dated `date` cites: those it is cited by and in force
 * that day (from `inForceFrom` to `inForceTo`, both included), by `sortOrder` then date.
 */
export function legalBasesInForce<T extends LegalDocument>(
  documents: readonly T[],
  kind: DocumentKind,
  date: string,
): T[] {
  return documents
    .filter(
      (d) =>
        d.citedBy.includes(kind) &&
        d.inForceFrom <= date &&
        (d.inForceTo === null || date <= d.inForceTo),
    )
    .sort((a, b) => a.sortOrder - b.sortOrder || a.inForceFrom.localeCompare(b.inForceFrom));
}

/** The printed signer block: capacity line, own title, name (the signature goes between). */
export interface SignatureLines {
  /** "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", or the title when signing in person. */
  title: string;
  /** "PHÓ CHỦ TỊCH" under "KT. CHỦ TỊCH"; absent when signing in person. */
  position?: string;
  name: string;
}

/**
 * Nghị định 30/2020, Điều 13 and Phụ lục I: in person the title alone ("GIÁM ĐỐC"); otherwise the
 * capacity with the authority ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "TL. GIÁM ĐỐC") over the
 * signer's own title ("PHÓ CHỦ TỊCH"); "Q." has no second line unless a title is given.
 */
export function signatureLines(
  signer: Pick<DocumentSigner, 'capacity' | 'authority' | 'title' | 'name'>,
): SignatureLines {
  const title = signer.title.trim();
  const authority = signer.authority.trim();
  if (!signer.capacity) return { title: title || authority, name: signer.name.trim() };
  return {
    title: `${signer.capacity} ${authority}`,
    ...(title ? { position: title } : {}),
    name: signer.name.trim(),
  };
}

const folded = (text: string) => ` ${foldVietnamese(text).replace(/\s+/g, ' ').trim()} `;

/**
 * Addressees without the issuing body itself, so a body never writes to itself: an addressee that
 * names the body (its running name or its own header lines) is dropped.
 */
export function addresseesFor(addressees: readonly string[], issuerNames: string[]): string[] {
  const names = issuerNames.map(folded).filter((n) => n.trim());
  return addressees.filter((a) => !names.some((n) => folded(a).includes(n)));
}

/** What documents need that the profile lacks: the page lists these; documents print placeholders. */
export function profileWarnings(profile: OrganisationProfile | null): ProfileWarning[] {
  if (!profile) return [{ code: 'organisation.profileMissing' }];
  const warnings: ProfileWarning[] = [];
  for (const kind of PROFILE_SIGNED_KINDS) {
    if (!profile.signers.some((s) => s.documentKind === kind))
      warnings.push({ code: 'organisation.signerMissing', documentKind: kind });
  }
  const letter = profile.recipients.find((r) => r.documentKind === 'coverLetter');
  if (!letter?.addressees.length)
    warnings.push({ code: 'organisation.recipientsMissing', documentKind: 'coverLetter' });
  return warnings;
}

/**
 * The line naming who awards on a certificate: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" for a signer
 * "KT. CHỦ TỊCH" of the Ủy ban nhân dân tỉnh …; the body alone for "TM." (the collective awards).
 */
export function authorityHeading(
  signer: Pick<DocumentSigner, 'capacity' | 'authority' | 'title'>,
  bodyName: string,
): string {
  return `${authorityOf(signer)} ${bodyName.trim()}`.trim().toLocaleUpperCase('vi-VN');
}

/**
 * The same in running text, e.g. "Chủ tịch Ủy ban nhân dân tỉnh …" in "Theo đề nghị của …" or a
 * decision's attached list; the body's name as the profile writes it.
 */
export function authorityInText(
  signer: Pick<DocumentSigner, 'capacity' | 'authority' | 'title'>,
  bodyName: string,
): string {
  const who = authorityOf(signer).toLocaleLowerCase('vi-VN');
  const title = who.charAt(0).toLocaleUpperCase('vi-VN') + who.slice(1);
  return `${title} ${bodyName.trim()}`.trim();
}

/** Whose authority a signer signs with: the authority signed for, or the signer's own title. */
function authorityOf(signer: Pick<DocumentSigner, 'capacity' | 'authority' | 'title'>): string {
  return (
    signer.capacity === 'TM.' ? '' : signer.capacity ? signer.authority : signer.title
  ).trim();
}

/**
 * What makes a profile inconsistent, as field paths to message codes: signers of unknown bodies,
 * two signers of one kind from one date, repeated body codes or kinds, a capacity without the
 * authority it signs for, a signer without a title.
 */
export function profileProblems(profile: OrganisationProfile): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const add = (path: string, code: string) => (problems[path] ??= []).push(code);
  const codes = new Set<string>();
  profile.issuingBodies.forEach((body, i) => {
    if (codes.has(body.code)) add(`issuingBodies.${i}.code`, 'organisation.bodyCodeRepeated');
    codes.add(body.code);
  });
  const starts = new Set<string>();
  profile.signers.forEach((signer, i) => {
    if (!codes.has(signer.issuingBodyCode))
      add(`signers.${i}.issuingBodyCode`, 'organisation.bodyUnknown');
    const key = `${signer.documentKind} ${signer.validFrom}`;
    if (starts.has(key)) add(`signers.${i}.validFrom`, 'organisation.signerRepeated');
    starts.add(key);
    if (signer.capacity && !signer.authority.trim())
      add(`signers.${i}.authority`, 'organisation.authorityRequired');
    if (signer.capacity !== 'Q.' && !signer.title.trim())
      add(`signers.${i}.title`, 'organisation.titleRequired');
  });
  const kinds = new Set<string>();
  profile.recipients.forEach((r, i) => {
    if (kinds.has(r.documentKind)) add(`recipients.${i}.documentKind`, 'organisation.kindRepeated');
    kinds.add(r.documentKind);
  });
  return problems;
}

const bare = (line: string) =>
  line
    .trim()
    .replace(/^Căn cứ\s+/i, '')
    .replace(/[;.,]+$/, '')
    .trim();

/**
 * A document's bases ("Căn cứ …" lines) for its date: the lines that cite a known legal document
 * (of any time) give way to those in force for `kind` on `date` (each ending with ';'), first;
 * the other lines (a meeting's minutes, a plan) stay after them as written.
 */
export function withLegalBases(
  lines: readonly string[],
  documents: readonly LegalDocument[],
  kind: DocumentKind,
  date: string,
): string[] {
  const known = new Set(documents.map((d) => bare(d.citation)));
  return [
    ...legalBasesInForce(documents, kind, date).map((d) => `${bare(d.citation)};`),
    ...lines.filter((line) => !known.has(bare(line))),
  ];
}
