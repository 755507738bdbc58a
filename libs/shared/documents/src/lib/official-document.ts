/**
 * One document model for official Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP),
 * rendered to PDF by `renderPdf` and to DOCX by `renderDocx`.
 */

export type TextAlign = 'justify' | 'center' | 'left' | 'right';

/** A piece of inline text with its own emphasis. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** The standard two-column header: agency on the left, Quốc hiệu and tiêu ngữ on the right. */
export interface DocumentHeader {
  /**
   * Cơ quan chủ quản, e.g. 'ỦY BAN NHÂN DÂN TỈNH …' (rendered in capitals, regular); '\n' breaks
   * the line where the organisation profile says, never inside a name.
   */
  parentAgency?: string;
  /** Cơ quan ban hành, e.g. 'Ban Nội chính' (rendered in capitals, bold, short rule under it). */
  issuingAgency: string;
  /** Document number without the prefix, e.g. '15/TTr-KTĐ', shown as 'Số: 15/TTr-KTĐ'. */
  number?: string;
  /** Place name of the date line, from the organisation profile. */
  place: string;
  /** A Date (read in Vietnam's time zone) or 'yyyy-MM-dd'. */
  date: Date | string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string | Run[];
  align?: TextAlign;
  /** First-line indent of 1.27 cm; defaults to true for justified paragraphs. */
  indent?: boolean;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (default 13). */
  size?: number;
}

/** A bold, left-aligned section heading such as 'I. TẬP THỂ'. */
export interface HeadingBlock {
  type: 'heading';
  text: string;
}

/** Items rendered as '- item' (or '1. item' when numbered), the way official documents list things. */
export interface ListBlock {
  type: 'list';
  items: string[];
  numbered?: boolean;
}

export interface TableColumn {
  header: string;
  /** Points (1/72 inch), '*' for a share of the remaining width, or 'auto' to fit the content. */
  width?: number | '*' | 'auto';
  align?: 'left' | 'center' | 'right';
}

export interface TableGroupRow {
  /** Index into `rows` before which the full-width bold row is inserted. */
  beforeRow: number;
  text: string;
}

export interface TableBlock {
  type: 'table';
  columns: TableColumn[];
  rows: Array<Array<string | number>>;
  /** Repeat the header row on every page (default true). */
  headerRepeat?: boolean;
  /** Font size in points (default 12). */
  fontSize?: number;
  /** Full-width bold rows inside the table, e.g. section titles 'I. TẬP THỂ'. */
  groupRows?: TableGroupRow[];
}

export interface Signer {
  /** e.g. 'TM. BAN NỘI CHÍNH TỈNH ỦY' (rendered in capitals). */
  title: string;
  /** e.g. 'TRƯỞNG BAN' (rendered in capitals). */
  position?: string;
  name?: string;
  /** e.g. '(Ký, ghi rõ họ tên, đóng dấu)', rendered in italics under the title. */
  note?: string;
}

/** A table of signers, kept together and with the paragraph before it. */
export interface SignaturesBlock {
  type: 'signatures';
  columns: Signer[];
  /** Signers per row (default 2). */
  perRow?: number;
}

/**
 * 'Nơi nhận:' with one '- entry;' per item and '- Lưu: VT.' last (added unless an item starts
 * with 'Lưu').
 */
export interface RecipientsBlock {
  type: 'recipients';
  items: string[];
}

/** 'Nơi nhận' on the left and the signer on the right, in one row kept with the paragraph before. */
export interface ClosingBlock {
  type: 'closing';
  recipients?: string[];
  signature: Signer;
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

export type Block =
  | ParagraphBlock
  | HeadingBlock
  | ListBlock
  | TableBlock
  | SignaturesBlock
  | RecipientsBlock
  | ClosingBlock
  | PageBreakBlock;

export interface OfficialDocument {
  orientation?: 'portrait' | 'landscape';
  header?: DocumentHeader;
  /** Without `header`: render only the centred Quốc hiệu / tiêu ngữ block (e.g. a pledge). */
  nationalMotto?: boolean;
  /** Bold capitals, centred, 14 pt, e.g. 'TỜ TRÌNH'. */
  title?: string;
  /** Bold, centred (trích yếu), with a short rule under it. */
  subtitle?: string;
  blocks: Block[];
}
