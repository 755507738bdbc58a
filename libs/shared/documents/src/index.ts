export type {
  Block,
  ClosingBlock,
  DocumentHeader,
  HeadingBlock,
  ListBlock,
  OfficialDocument,
  PageBreakBlock,
  ParagraphBlock,
  PlacedDocument,
  PlacedText,
  RecipientsBlock,
  Run,
  Signer,
  SignaturesBlock,
  TableBlock,
  TableColumn,
  TableGroupRow,
  TextAlign,
} from './lib/official-document';
export { configureDocumentFonts, documentFontDirectory } from './lib/document-fonts';
export { formatDocumentDate, numberToVietnameseWords, sanitizeText } from './lib/document-text';
export { renderPdf, renderPlacedPdf } from './lib/pdf-renderer';
export { renderDocx } from './lib/docx-renderer';
export { renderXlsx } from './lib/xlsx-renderer';
export { XLSX_PLAIN_FORMAT, setUpSheetForPrint } from './lib/xlsx-print';
export { type RenderTask, renderTask } from './lib/render-task';
export {
  type CertificateInfo,
  type Pkcs12Problem,
  Pkcs12Error,
  Pkcs12Signer,
  openPkcs12,
} from './lib/signing/pkcs12';
export { type SignPdfOptions, addSignatureField, signPdf } from './lib/signing/sign-pdf';
export {
  type SignatureStamp,
  type StampPlacement,
  formatSigningTime,
} from './lib/signing/signature-stamp';
