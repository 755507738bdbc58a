import type { OfficialDocument, PlacedDocument } from './official-document';
import { PT_PER_MM } from './page-layout';
import { drawBlocks, drawHeader, drawTitle } from './pdf/blocks';
import { drawCertificatePages } from './pdf/certificate-page';
import { drawSlips, slipLayout } from './pdf/slips';
import { TextWriter, plain } from './pdf/text-writer';

/**
 * Renders the document to PDF with pdfkit: A4, the margins of Nghị định 30/2020, Tinos 13 pt,
 * page numbers from page 2. The one PDF engine of the app: it wraps whole lines itself (word
 * widths cached), draws a line with one text operator and a table's grid with one path per page,
 * so a list of 5,000 rows takes well under a second. Certificates (`design`) and ballot papers
 * (`slips`) have their own page layouts and no page numbers.
 */
export async function renderPdf(doc: OfficialDocument): Promise<Buffer> {
  if (doc.slips) {
    const probe = new TextWriter({ ...doc, orientation: 'portrait' });
    const layout = slipLayout(probe, doc.blocks);
    const w = layout.orientation === 'portrait' ? probe : new TextWriter({ ...doc, ...layout });
    drawSlips(w, doc.blocks, doc.slips, layout);
    return w.finish(false);
  }
  const w = new TextWriter(doc);
  if (doc.design === 'certificate') {
    drawCertificatePages(w, doc.blocks);
    return w.finish(false);
  }
  drawHeader(w, doc);
  drawTitle(w, doc);
  drawBlocks(w, doc.blocks);
  return w.finish(doc.pageNumbers !== false);
}

/**
 * Where the PDF starts a new page inside each table of `doc`: for each table block, the body rows
 * (indexes into `tableBody`) that open a page, 0 when the table itself starts on a new page. Laid
 * out without drawing, so the DOCX can break its tables at the same rows as the PDF.
 */
export function tablePageBreaks(doc: OfficialDocument): Map<object, number[]> {
  const breaks = new Map<object, number[]>();
  if (doc.slips || doc.design || !doc.blocks.some((block) => block.type === 'table')) return breaks;
  const w = new TextWriter(doc);
  w.tableBreaks = breaks;
  w.measure(() => {
    drawHeader(w, doc);
    drawTitle(w, doc);
    drawBlocks(w, doc.blocks);
  });
  return breaks;
}

/** Renders texts at fixed positions, e.g. onto pre-printed certificate blanks; no margins. */
export async function renderPlacedPdf(doc: PlacedDocument): Promise<Buffer> {
  const w = new TextWriter(doc);
  doc.pages.forEach((fields, index) => {
    if (index > 0) w.addPage();
    for (const field of fields) {
      const width = field.width * PT_PER_MM;
      const box = w.wrap(plain(field.text), field.fontSize, width, field.align ?? 'left', {
        bold: field.bold,
        italic: field.italic,
      });
      w.draw(box, field.x * PT_PER_MM, field.y * PT_PER_MM, width);
    }
  });
  return w.finish(false);
}
