export type {
  Block,
  ClosingBlock,
  DocumentHeader,
  HeadingBlock,
  ListBlock,
  OfficialDocument,
  PageBreakBlock,
  ParagraphBlock,
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
export {
  documentPlace,
  formatDocumentDate,
  numberToVietnameseWords,
  sanitizeText,
} from './lib/document-text';
export { renderPdf, renderPdfDefinition } from './lib/pdf-renderer';
export { renderDocx } from './lib/docx-renderer';
export { renderXlsx } from './lib/xlsx-renderer';
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
