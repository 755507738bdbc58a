/**
 * The register of outgoing documents (sổ văn bản đi): each issuing body numbers what it issues
 * from 1 each year, every kind in one sequence (Nghị định 30/2020, Điều 15); the number with the
 * kind's abbreviation and the body's symbol makes the document's number and symbol (45/QĐ-UBND).
 */
export const NUMBERED_KINDS = ['coverLetter', 'decision', 'minutes'] as const;
export type NumberedKind = (typeof NUMBERED_KINDS)[number];

/** The abbreviation of each numbered kind (Phụ lục III of Nghị định 30/2020). */
export const KIND_ABBREVIATIONS: Readonly<Record<NumberedKind, string>> = {
  coverLetter: 'TTr',
  decision: 'QĐ',
  minutes: 'BB',
};

export interface TakeOutgoingNumberRequest {
  documentKind: NumberedKind;
  /** yyyy-MM-dd: the document's date; its year is the register's. */
  documentDate: string;
  /**
   * The issuing body's code; without it (and without `blocId`), the body of the kind's signer on
   * that date.
   */
  bodyCode?: string;
  /**
   * A bloc's own papers (its cover letters, its minutes): the bloc's register (`bloc:<id>`),
   * symbol KTĐ for a khối, CTĐ for a cụm; only with no `bodyCode`, by who manages the bloc that year.
   */
  blocId?: string;
  /** Trích yếu: what the document is about. */
  subject: string;
}

/** The register key of a bloc's own papers. */
export const blocRegisterCode = (blocId: string) => `bloc:${blocId}`;

/** The number symbol of a bloc's papers: Khối thi đua, Cụm thi đua (e.g. 5/TTr-KTĐ). */
export const blocNumberSymbol = (kind: 'khoi' | 'cum') => (kind === 'cum' ? 'CTĐ' : 'KTĐ');

export interface OutgoingNumberResponse {
  id: string;
  /** The profile's body code, or `bloc:<id>` for a bloc's own register. */
  bodyCode: string;
  /** The body's (or bloc's) name today (null once it left the profile). */
  bodyName: string | null;
  year: number;
  number: number;
  /** "45/QĐ-UBND". */
  symbol: string;
  documentKind: NumberedKind;
  documentDate: string;
  subject: string;
  takenBy: string | null;
  takenAt: string;
}

export interface OutgoingNumbersQuery {
  bodyCode?: string;
  year?: number;
  page?: number;
  pageSize?: number;
}
