/**
 * The organisation this install serves (a province, a ministry…): its names, the place of dated
 * lines, the bodies that issue documents, who signs each kind of document from which date, and the
 * legal documents cited by date. One organisation per install.
 */

export const DOCUMENT_KINDS = [
  'coverLetter',
  'decision',
  'list',
  'minutes',
  'certificate',
  'ranking',
  'report',
  'pledge',
] as const;
/** The kinds of official paper the app issues. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * The kinds the organisation itself signs (a bloc's papers are signed by its head unit): the
 * profile page warns while one of them has no signer.
 */
export const PROFILE_SIGNED_KINDS: readonly DocumentKind[] = [
  'coverLetter',
  'decision',
  'certificate',
  'report',
];

/** Nghị định 30/2020, Điều 13: ký thay, thay mặt, quyền, thừa lệnh, thừa ủy quyền; '' signs in person. */
export const SIGNING_CAPACITIES = ['', 'KT.', 'TM.', 'Q.', 'TL.', 'TUQ.'] as const;
export type SigningCapacity = (typeof SIGNING_CAPACITIES)[number];

/** A body that issues documents, e.g. Ủy ban nhân dân tỉnh, Sở Nội vụ, Hội đồng Thi đua – Khen thưởng. */
export interface IssuingBody {
  /** A stable key the signers refer to, e.g. 'ubnd', 'snv'. */
  code: string;
  /** As in running text: 'Sở Nội vụ tỉnh Bắc Ninh'. */
  name: string;
  /** Cơ quan chủ quản, one printed line each: ['ỦY BAN NHÂN DÂN TỈNH BẮC NINH']; none at the top. */
  parentLines: string[];
  /** The body's own name, one printed line each: ['ỦY BAN NHÂN DÂN', 'TỈNH BẮC NINH']. */
  ownLines: string[];
  /** The number symbol, e.g. 'UBND' in 45/QĐ-UBND, 'SNV' in 112/TTr-SNV. */
  numberSymbol: string;
}

/** Who signs a kind of document from a date, and in what capacity. */
export interface DocumentSigner {
  documentKind: DocumentKind;
  /** The issuing body's `code`: its header lines head the document. */
  issuingBodyCode: string;
  /** yyyy-MM-dd: this signer is in force from this date until the next one of the same kind. */
  validFrom: string;
  capacity: SigningCapacity;
  /** The authority signed for, after the capacity: 'CHỦ TỊCH' in "KT. CHỦ TỊCH". */
  authority: string;
  /** The signer's own title: 'PHÓ CHỦ TỊCH'. */
  title: string;
  name: string;
}

/** Default addressees (Kính gửi) and recipients (Nơi nhận) of a kind of document. */
export interface DocumentRecipients {
  documentKind: DocumentKind;
  addressees: string[];
  recipients: string[];
}

export interface OrganisationProfile {
  /** 'Ủy ban nhân dân tỉnh Bắc Ninh'. */
  fullName: string;
  /** 'UBND tỉnh Bắc Ninh'. */
  shortName: string;
  /** The upper-case header, one printed line each: ['ỦY BAN NHÂN DÂN', 'TỈNH BẮC NINH']. */
  headerLines: string[];
  /** The area reports cover, as in "toàn tỉnh Bắc Ninh": 'tỉnh Bắc Ninh'. */
  areaName: string;
  /** The place name of dated lines: 'Bắc Ninh' in "Bắc Ninh, ngày 05 tháng 01 năm 2025". */
  place: string;
  issuingBodies: IssuingBody[];
  signers: DocumentSigner[];
  recipients: DocumentRecipients[];
}

export type ProfileWarningCode =
  | 'organisation.profileMissing'
  | 'organisation.signerMissing'
  | 'organisation.recipientsMissing';

/** Something documents need that the profile lacks (the page lists them; documents print a placeholder). */
export interface ProfileWarning {
  code: ProfileWarningCode;
  documentKind?: DocumentKind;
}

export interface OrganisationProfileResponse extends OrganisationProfile {
  /** 0 while no profile has been saved. */
  version: number;
  updatedAt: string | null;
  warnings: ProfileWarning[];
}

export interface SaveOrganisationProfileRequest extends OrganisationProfile {
  /** The version that was read (0 for the first save). */
  version: number;
}

export const LEGAL_DOCUMENT_KINDS = ['law', 'decree', 'circular', 'decision', 'other'] as const;
export type LegalDocumentKind = (typeof LEGAL_DOCUMENT_KINDS)[number];

/** A law, decree… cited ("Căn cứ …") by the documents dated within its time in force. */
export interface LegalDocument {
  /** As cited after "Căn cứ": 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'. */
  citation: string;
  kind: LegalDocumentKind;
  /** yyyy-MM-dd, first day in force. */
  inForceFrom: string;
  /** yyyy-MM-dd, last day in force; null while in force. */
  inForceTo: string | null;
  /** The kinds of document that cite it. */
  citedBy: DocumentKind[];
  /** Order among the bases of one document (laws before decrees). */
  sortOrder: number;
}

export interface LegalDocumentResponse extends LegalDocument {
  id: string;
  version: number;
}

export interface SaveLegalDocumentRequest extends Omit<LegalDocument, 'inForceTo' | 'sortOrder'> {
  inForceTo?: string | null;
  sortOrder?: number;
  /** Required to change an existing one (the version read). */
  version?: number;
}
