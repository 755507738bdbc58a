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
  /**
   * Numbers in this column printed as their digits (years, codes). Other numbers are printed as
   * vi-VN writes them ('6.385', '98,75'); an XLSX keeps them as numbers in that format.
   */
  plain?: boolean;
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
  /**
   * Page numbers top centre from page 2 (Nghị định 30/2020; default true). Certificates and
   * ballot papers (`design`, `slips`) never carry them.
   */
  pageNumbers?: boolean;
  /**
   * 'certificate': a Bằng khen / Giấy khen page (PDF only): a double frame, even margins, the
   * national emblem's place kept free at the top centre, and each page's blocks (pages split at
   * `pageBreak`) centred between the emblem and the bottom of the frame.
   */
  design?: 'certificate';
  /**
   * Small papers (PDF only), e.g. ballot papers: the blocks make one paper, printed `slips` times,
   * as many to an A4 sheet as fit (at least two where the paper fits half a sheet), with dashed
   * cut lines between them.
   */
  slips?: number;
  header?: DocumentHeader;
  /** Without `header`: render only the centred Quốc hiệu / tiêu ngữ block (e.g. a pledge). */
  nationalMotto?: boolean;
  /** Bold capitals, centred, 14 pt, e.g. 'TỜ TRÌNH'. */
  title?: string;
  /** Bold, centred (trích yếu), with a short rule under it. */
  subtitle?: string;
  blocks: Block[];
}

/** A text placed at a fixed position (millimetres from the page's top left), e.g. on a blank. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  /** Width of the text box in millimetres; the text wraps inside it. */
  width: number;
  fontSize: number;
  align?: TextAlign;
  bold?: boolean;
  italic?: boolean;
}

/** Pages of placed texts (PDF only), e.g. certificates printed onto pre-printed blanks. */
export interface PlacedDocument {
  orientation: 'portrait' | 'landscape';
  pages: PlacedText[][];
}
