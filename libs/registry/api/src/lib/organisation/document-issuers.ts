import type {
  DocumentKind,
  DocumentSigner,
  IssuingBody,
  OrganisationProfile,
} from '@thidua/registry/contracts';
import {
  type SignatureLines,
  addresseesFor,
  legalBasesInForce,
  signatureLines,
  signerInForce,
  withLegalBases,
} from '@thidua/registry/domain';
import type { EntityManager } from 'typeorm';

import { readLegalDocuments, readOrganisationProfile } from './organisation-reader';

/** Printed where the profile lacks something, so the paper shows what to fill in (never a guess). */
export const PROFILE_PLACEHOLDERS = {
  place: '[Địa danh]',
  agency: '[CƠ QUAN BAN HÀNH]',
  signerTitle: '[CHỨC VỤ NGƯỜI KÝ]',
  signerName: '[Họ và tên người ký]',
} as const;

/** Who issues a document and how it is headed, signed and sent, from the profile. */
export interface DocumentIssuer {
  /** Cơ quan chủ quản, lines joined by '\n' (never broken inside a name). */
  parentAgency?: string;
  /** Cơ quan ban hành, lines joined by '\n'. */
  issuingAgency: string;
  /** The issuer as in running text ("Sở Nội vụ …", "Ban Nội chính Tỉnh ủy"). */
  name: string;
  /** For the number, e.g. 'UBND' in 45/QĐ-UBND; null for a bloc's papers. */
  numberSymbol: string | null;
  signature: SignatureLines;
  /** The profile's signer row and body, when there is one (e.g. for a certificate's heading). */
  signer: DocumentSigner | null;
  body: IssuingBody | null;
  /** Kính gửi, without the issuer itself. */
  addressees: string[];
  /** Nơi nhận. */
  recipients: string[];
  /** The place of the date line. */
  place: string;
  /** The bloc, for a bloc's document. */
  blocName?: string;
}

const lines = (list: readonly string[]) =>
  list
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');

function recipientsOf(profile: OrganisationProfile | null, kind: DocumentKind) {
  return profile?.recipients.find((r) => r.documentKind === kind) ?? null;
}

/** The place of dated lines: the profile's, or a placeholder. */
export async function organisationPlace(manager: EntityManager): Promise<string> {
  return (await readOrganisationProfile(manager))?.place || PROFILE_PLACEHOLDERS.place;
}

/** The area reports cover ("tỉnh …"), or a placeholder. */
export async function organisationArea(manager: EntityManager): Promise<string> {
  return (await readOrganisationProfile(manager))?.areaName || PROFILE_PLACEHOLDERS.place;
}

/**
 * A document the organisation issues itself: the body and signer of `kind` in force on `date`
 * (yyyy-MM-dd); without one, the organisation's header and placeholders for the signer.
 */
export async function organisationIssuer(
  manager: EntityManager,
  kind: DocumentKind,
  date: string,
): Promise<DocumentIssuer> {
  const profile = await readOrganisationProfile(manager);
  const signer = profile ? signerInForce(profile.signers, kind, date) : null;
  const body = signer
    ? (profile?.issuingBodies.find((b) => b.code === signer.issuingBodyCode) ?? null)
    : null;
  const own = body ? lines(body.ownLines) : lines(profile?.headerLines ?? []);
  const parent = body ? lines(body.parentLines) : '';
  const sent = recipientsOf(profile, kind);
  const name = body?.name ?? profile?.fullName ?? PROFILE_PLACEHOLDERS.agency;
  return {
    ...(parent ? { parentAgency: parent } : {}),
    issuingAgency: own || PROFILE_PLACEHOLDERS.agency,
    name,
    numberSymbol: body?.numberSymbol ?? null,
    signature: signer
      ? signatureLines(signer)
      : { title: PROFILE_PLACEHOLDERS.signerTitle, name: PROFILE_PLACEHOLDERS.signerName },
    signer,
    body,
    addressees: addresseesFor(sent?.addressees ?? [], [name, own.replace(/\n/g, ' ')]),
    recipients: sent?.recipients ?? [],
    place: profile?.place || PROFILE_PLACEHOLDERS.place,
  };
}

/**
 * A bloc's document: the bloc's head unit of `year` issues it under the bloc's name and its head
 * signs for the bloc (TM. KHỐI THI ĐUA / TRƯỞNG KHỐI), with the unit's own data; addressees and
 * recipients of `kind` from the profile.
 */
export async function blocIssuer(
  manager: EntityManager,
  blocId: string,
  year: number,
  kind: DocumentKind,
): Promise<DocumentIssuer> {
  const [row] = (await manager.query(
    `SELECT b.name AS bloc, b.kind, u.name AS unit, u.head_name FROM blocs b
       LEFT JOIN bloc_leaderships l ON l.bloc_id = b.id AND l.term_year = $2
       LEFT JOIN units u ON u.id = l.head_unit_id WHERE b.id = $1`,
    [blocId, year],
  )) as Array<{
    bloc: string;
    kind: 'khoi' | 'cum';
    unit: string | null;
    head_name: string | null;
  }>;
  const profile = await readOrganisationProfile(manager);
  const sent = recipientsOf(profile, kind);
  const group = row?.kind === 'cum' ? 'CỤM' : 'KHỐI';
  const name = row?.unit ?? row?.bloc ?? PROFILE_PLACEHOLDERS.agency;
  return {
    parentAgency: (row?.bloc ?? '').toLocaleUpperCase('vi-VN') || undefined,
    issuingAgency: name.toLocaleUpperCase('vi-VN'),
    name,
    numberSymbol: null,
    signature: {
      title: `TM. ${group} THI ĐUA`,
      position: `TRƯỞNG ${group}`,
      name: row?.head_name?.trim() || PROFILE_PLACEHOLDERS.signerName,
    },
    signer: null,
    body: null,
    addressees: addresseesFor(sent?.addressees ?? [], [name]),
    recipients: sent?.recipients ?? [],
    place: profile?.place || PROFILE_PLACEHOLDERS.place,
    ...(row ? { blocName: row.bloc } : {}),
  };
}

/** The citations ("Căn cứ …") a `kind` of document dated `date` makes. */
export async function legalBases(
  manager: EntityManager,
  kind: DocumentKind,
  date: string,
): Promise<string[]> {
  return legalBasesInForce(await readLegalDocuments(manager), kind, date).map((d) => d.citation);
}

/** `lines` with the legal bases of `kind` in force on `date` in place of any other legal basis. */
export async function rebaseOnLaw(
  manager: EntityManager,
  lines: readonly string[],
  kind: DocumentKind,
  date: string,
): Promise<string[]> {
  return withLegalBases(lines, await readLegalDocuments(manager), kind, date);
}
