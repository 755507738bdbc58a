import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { lineHeight, measureText } from './document-fonts';
import { formatDocumentDate, sanitizeText } from './document-text';
import { tablePageBreaks } from './pdf-renderer';
import type {
  Block,
  ClosingBlock,
  OfficialDocument,
  Run,
  Signer,
  SignaturesBlock,
  TableBlock,
  TextAlign,
} from './official-document';
import {
  A4,
  agencyLineSize,
  BODY_FONT_SIZE,
  FIRST_LINE_INDENT_PT,
  HEADER_LEFT_SHARE,
  MARGINS_MM,
  PAGE_NUMBER_TOP_MM,
  PDF_CELL_PADDING,
  PDF_CELL_PADDING_Y,
  PARAGRAPH_SPACING_PT,
  PT_PER_MM,
  QUOC_HIEU,
  QUOC_HIEU_SIZE,
  TABLE_FONT_SIZE,
  TIEU_NGU,
  TIEU_NGU_SIZE,
  cellText,
  contentWidth,
  recipientLines,
  shortRuleWidth,
  tableBody,
  tableColumnWidths,
  toRuns,
  upper,
} from './page-layout';

/** Word and LibreOffice substitute Tinos / Liberation Serif where Times New Roman is missing. */
const FONT = 'Times New Roman';
/** Data table cell margins, as the PDF's cell padding, in points. */
const CELL_MARGIN_PT = PDF_CELL_PADDING;
const CELL_MARGIN_Y_PT = PDF_CELL_PADDING_Y;

const twip = (pt: number) => Math.round(pt * 20);
const halfPoints = (pt: number) => Math.round(pt * 2);

const ALIGNMENT = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
} as const;

type DocxBlock = Paragraph | Table;

/**
 * Renders the document to DOCX: A4, the margins of Nghị định 30/2020, Times New Roman 13 pt,
 * page numbers in the header from page 2, table header rows repeated on each page.
 */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const width = contentWidth(doc);
  const bodies = new TableRowsXml();
  const tableSizes = new Set(
    doc.blocks
      .filter((b): b is TableBlock => b.type === 'table')
      .map((b) => b.fontSize ?? TABLE_FONT_SIZE),
  );
  const document = new Document({
    creator: 'Thi đua',
    title: sanitizeText(doc.title ?? doc.subtitle ?? ''),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(BODY_FONT_SIZE) },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
      // One paragraph style per table font size keeps the cells free of direct formatting,
      // which keeps large tables small and fast.
      paragraphStyles: [...tableSizes].map((size) => ({
        id: tableStyleId(size),
        name: `Table Text ${size}`,
        basedOn: 'Normal',
        run: { size: halfPoints(size) },
        // Lines as tall as the PDF's (Word's single spacing adds the font's line gap), so a row
        // is as tall in both and the parts of a split table fill their pages alike.
        paragraph: {
          spacing: { line: Math.ceil(twip(lineHeight(size))), lineRule: LineRuleType.EXACT },
        },
      })),
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: twip(A4.width),
              height: twip(A4.height),
              orientation:
                doc.orientation === 'landscape'
                  ? PageOrientation.LANDSCAPE
                  : PageOrientation.PORTRAIT,
            },
            margin: {
              top: twip(MARGINS_MM.top * PT_PER_MM),
              bottom: twip(MARGINS_MM.bottom * PT_PER_MM),
              left: twip(MARGINS_MM.left * PT_PER_MM),
              right: twip(MARGINS_MM.right * PT_PER_MM),
              header: twip(PAGE_NUMBER_TOP_MM * PT_PER_MM),
              footer: twip(PAGE_NUMBER_TOP_MM * PT_PER_MM),
            },
          },
        },
        headers: {
          // Page numbers top centre, not on page 1 (titlePage + an empty first-page header).
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({})] }),
        },
        children: [
          ...headerContent(doc, width),
          ...titleContent(doc, width),
          ...blocksContent(doc.blocks, width, bodies, tablePageBreaks(doc)),
        ],
      },
    ],
  });
  return bodies.apply(await Packer.toBuffer(document));
}

function tableStyleId(size: number): string {
  return `TableText${halfPoints(size)}`;
}

/** Text runs; line feeds become line breaks. */
function textRuns(
  runs: readonly Run[],
  base: { bold?: boolean; italics?: boolean; size?: number } = {},
): TextRun[] {
  return runs.flatMap((run) =>
    run.text.split('\n').map(
      (text, i) =>
        new TextRun({
          text,
          break: i > 0 ? 1 : undefined,
          bold: run.bold ?? base.bold,
          italics: run.italic ?? base.italics,
          underline: run.underline ? {} : undefined,
          size: base.size ? halfPoints(base.size) : undefined,
        }),
    ),
  );
}

interface LineOptions {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  align?: TextAlign;
  keepNext?: boolean;
  spacingAfter?: number;
  spacingBefore?: number;
}

function line(text: string, options: LineOptions = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGNMENT[options.align ?? 'center'],
    keepNext: options.keepNext,
    keepLines: options.keepNext,
    spacing:
      options.spacingAfter || options.spacingBefore
        ? { after: twip(options.spacingAfter ?? 0), before: twip(options.spacingBefore ?? 0) }
        : undefined,
    children: textRuns([{ text }], options),
  });
}

/** A solid rule of `length` points, centred in `columnWidth`: the top border of a 4 pt paragraph. */
function rule(length: number, columnWidth: number, keepNext = true): Paragraph {
  const side = twip(Math.max(0, (columnWidth - Math.min(length, columnWidth)) / 2));
  return new Paragraph({
    keepNext,
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 80, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
}

function mottoParagraphs(columnWidth: number): Paragraph[] {
  return [
    line(QUOC_HIEU, { bold: true, size: QUOC_HIEU_SIZE, keepNext: true }),
    line(TIEU_NGU, { bold: true, size: TIEU_NGU_SIZE, keepNext: true }),
    rule(measureText(TIEU_NGU, TIEU_NGU_SIZE, 'bold'), columnWidth),
  ];
}

/** A borderless table without cell margins. */
function layoutTable(widths: number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: twip(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widths.map(twip),
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows,
  });
}

function cell(children: DocxBlock[], columnSpan?: number): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    columnSpan,
  });
}

function headerContent(doc: OfficialDocument, width: number): DocxBlock[] {
  const header = doc.header;
  if (!header) {
    return doc.nationalMotto
      ? [...mottoParagraphs(width), new Paragraph({ spacing: { after: twip(6) } })]
      : [];
  }
  const leftWidth = Math.round(width * HEADER_LEFT_SHARE);
  const rightWidth = width - leftWidth;
  const issuing = upper(header.issuingAgency);
  const parent = header.parentAgency ? upper(header.parentAgency) : '';
  // The cell's padding narrows the line a little.
  const issuingSize = agencyLineSize(issuing, leftWidth - 12, 'bold');
  const left = [
    ...(parent ? [line(parent, { size: agencyLineSize(parent, leftWidth - 12, 'normal') })] : []),
    line(issuing, { bold: true, size: issuingSize }),
    rule(shortRuleWidth(issuing, issuingSize, leftWidth), leftWidth),
  ];
  return [
    layoutTable(
      [leftWidth, rightWidth],
      [
        new TableRow({
          cantSplit: true,
          children: [cell(left), cell(mottoParagraphs(rightWidth))],
        }),
        new TableRow({
          cantSplit: true,
          children: [
            cell(
              header.number
                ? [line(`Số: ${sanitizeText(header.number)}`, { spacingBefore: 4 })]
                : [],
            ),
            cell([
              line(formatDocumentDate(header.place, header.date), {
                italics: true,
                spacingBefore: 4,
              }),
            ]),
          ],
        }),
      ],
    ),
    new Paragraph({ spacing: { after: twip(6) } }),
  ];
}

function titleContent(doc: OfficialDocument, width: number): DocxBlock[] {
  const content: DocxBlock[] = [];
  if (doc.title)
    content.push(
      line(upper(doc.title), { bold: true, size: 14, keepNext: true, spacingBefore: 6 }),
    );
  if (doc.subtitle) {
    const subtitle = sanitizeText(doc.subtitle);
    content.push(
      line(subtitle, { bold: true, size: 14, keepNext: true }),
      rule(shortRuleWidth(subtitle, 14, width), width),
    );
  }
  if (content.length > 0)
    content.push(new Paragraph({ keepNext: true, spacing: { after: twip(6) } }));
  return content;
}

function blocksContent(
  blocks: readonly Block[],
  width: number,
  bodies: TableRowsXml,
  breaks: ReadonlyMap<object, readonly number[]>,
): DocxBlock[] {
  return blocks.flatMap((block, index) => {
    const next = blocks[index + 1];
    const keepNext = next?.type === 'signatures' || next?.type === 'closing';
    switch (block.type) {
      case 'paragraph': {
        const align = block.align ?? 'justify';
        const indent = block.indent ?? align === 'justify';
        return [
          new Paragraph({
            alignment: ALIGNMENT[align],
            indent: indent ? { firstLine: twip(FIRST_LINE_INDENT_PT) } : undefined,
            spacing: { after: twip(PARAGRAPH_SPACING_PT) },
            keepNext,
            keepLines: keepNext,
            children: textRuns(toRuns(block.text), {
              bold: block.bold,
              italics: block.italic,
              size: block.size,
            }),
          }),
        ];
      }
      case 'heading':
        return [
          new Paragraph({
            alignment: AlignmentType.LEFT,
            keepNext: true,
            spacing: { before: twip(3), after: twip(PARAGRAPH_SPACING_PT) },
            children: textRuns([{ text: sanitizeText(block.text), bold: true }]),
          }),
        ];
      case 'list':
        return block.items.map(
          (item, i) =>
            new Paragraph({
              alignment: AlignmentType.JUSTIFIED,
              indent: { firstLine: twip(FIRST_LINE_INDENT_PT) },
              spacing: { after: twip(PARAGRAPH_SPACING_PT) },
              keepNext: keepNext && i === block.items.length - 1,
              children: textRuns([
                { text: `${block.numbered ? `${i + 1}.` : '-'} ${sanitizeText(item)}` },
              ]),
            }),
        );
      case 'table': {
        // The last row goes with what follows when the signatures follow (straight away or
        // after one paragraph, e.g. the total), as in the PDF.
        const after = blocks[index + 2];
        const kept =
          keepNext ||
          (next?.type === 'paragraph' &&
            (after?.type === 'signatures' || after?.type === 'closing'));
        return [
          ...dataTable(block, width, bodies, kept, breaks.get(block) ?? []),
          new Paragraph({
            keepNext: kept,
            spacing: {
              before: 0,
              after: 0,
              line: twip(PARAGRAPH_SPACING_PT),
              lineRule: LineRuleType.EXACT,
            },
          }),
        ];
      }
      case 'signatures':
        return [signaturesTable(block, width)];
      case 'closing':
        return [closingTable(block, width)];
      case 'recipients':
        return recipientParagraphs(block.items, keepNext);
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()] })];
      default:
        return [];
    }
  });
}

/**
 * Body rows of data tables, written as WordprocessingML text in place of a marker row once docx
 * has packed the file: docx's component tree takes about a second for the 50,000 cells of a list
 * of 5,000 awardees, the text a few milliseconds. The rows are what docx writes for such cells.
 */
class TableRowsXml {
  private readonly rows = new Map<string, string>();

  /** A one-cell row holding a unique marker, replaced by `xml` in `apply`. */
  marker(xml: string): TableRow {
    const key = `thidua-table-rows-${this.rows.size}`;
    this.rows.set(key, xml);
    return new TableRow({ children: [new TableCell({ children: [new Paragraph(key)] })] });
  }

  apply(docx: Buffer): Buffer {
    if (this.rows.size === 0) return docx;
    const files = unzipSync(docx);
    const xml = strFromU8(files['word/document.xml']);
    // One pass: a table cut into a part per page has hundreds of markers in a large document.
    const pieces: string[] = [];
    let from = 0;
    for (const [key, rows] of this.rows) {
      const at = xml.indexOf(`>${key}<`, from);
      if (at < 0) throw new Error(`DOCX: table rows marker ${key} not found`);
      pieces.push(xml.slice(from, xml.lastIndexOf('<w:tr>', at)), rows);
      from = xml.indexOf('</w:tr>', at) + '</w:tr>'.length;
    }
    pieces.push(xml.slice(from));
    files['word/document.xml'] = strToU8(pieces.join(''));
    return Buffer.from(zipSync(files));
  }
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function cellXml(
  text: string,
  options: {
    width: number;
    style: string;
    align?: 'center' | 'right';
    bold?: boolean;
    span?: number;
    keepNext?: boolean;
  },
): string {
  const props = options.bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '';
  const runs = text
    .split('\n')
    .map(
      (line, i) =>
        `<w:r>${props}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`,
    )
    .join('');
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${options.width}"/>` +
    `${options.span ? `<w:gridSpan w:val="${options.span}"/>` : ''}</w:tcPr>` +
    `<w:p><w:pPr><w:pStyle w:val="${options.style}"/>${options.keepNext ? '<w:keepNext/>' : ''}` +
    `${options.align ? `<w:jc w:val="${options.align}"/>` : ''}</w:pPr>${runs}</w:p></w:tc>`
  );
}

/**
 * Starts a new page, one point high: between the parts of a table split where the PDF breaks its
 * pages (Word and LibreOffice honour a paragraph's page break; LibreOffice ignores a table row's
 * keep-with-next, which left the total and the signatures alone on a page).
 */
const pageStart = () =>
  new Paragraph({
    pageBreakBefore: true,
    spacing: { before: 0, after: 0, line: twip(1), lineRule: LineRuleType.EXACT },
  });

/**
 * A data table: the header row repeated on every page, rows never split, a section row kept with
 * the row after it and, when `keepLast`, the last row kept with what follows the table. The table
 * is cut into parts at `breaks` (the body rows that open a page in the PDF, 0 for the table
 * itself), each part on a page of its own with the header row, so both files paginate alike.
 */
function dataTable(
  block: TableBlock,
  width: number,
  bodies: TableRowsXml,
  keepLast: boolean,
  breaks: readonly number[],
): DocxBlock[] {
  const count = block.columns.length;
  const style = tableStyleId(block.fontSize ?? TABLE_FONT_SIZE);
  const widths = tableColumnWidths(block, width, CELL_MARGIN_PT);
  const twips = widths.map(twip);
  const total = twips.reduce((a, b) => a + b, 0);
  const row = (cells: string) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells}</w:tr>`;
  const groupRow = (text: string) =>
    row(cellXml(text, { width: total, style, bold: true, span: count, keepNext: true }));
  const aligns = block.columns.map((column) =>
    column.align && column.align !== 'left' ? column.align : undefined,
  );
  const body: string[] = [];
  const items = tableBody(block);
  items.forEach((item, index) => {
    if ('group' in item) {
      body.push(groupRow(item.group));
      return;
    }
    const keepNext = keepLast && index === items.length - 1;
    body.push(
      row(
        block.columns
          .map((column, c) =>
            cellXml(cellText(column, item.cells[c]), {
              width: twips[c],
              style,
              align: aligns[c],
              keepNext,
            }),
          )
          .join(''),
      ),
    );
  });
  const header = () =>
    new TableRow({
      tableHeader: block.headerRepeat !== false,
      cantSplit: true,
      children: block.columns.map(
        (column) =>
          new TableCell({
            children: [
              new Paragraph({
                style,
                alignment: AlignmentType.CENTER,
                children: textRuns([{ text: sanitizeText(column.header), bold: true }]),
              }),
            ],
          }),
      ),
    });
  const part = (rows: readonly string[]) =>
    new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: twips,
      layout: TableLayoutType.FIXED,
      margins: {
        left: twip(CELL_MARGIN_PT),
        right: twip(CELL_MARGIN_PT),
        top: twip(CELL_MARGIN_Y_PT),
        bottom: twip(CELL_MARGIN_Y_PT),
      },
      rows: rows.length > 0 ? [header(), bodies.marker(rows.join(''))] : [header()],
    });
  const starts = [...new Set(breaks)]
    .filter((at) => at > 0 && at < body.length)
    .sort((a, b) => a - b);
  const bounds = [0, ...starts, body.length];
  const content: DocxBlock[] = breaks.includes(0) ? [pageStart()] : [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    if (i > 0) content.push(pageStart());
    content.push(part(body.slice(bounds[i], bounds[i + 1])));
  }
  return content;
}

function signerTitle(signer: Signer, size: number): Paragraph[] {
  const options = { size, keepNext: true };
  return [
    line(upper(signer.title), { ...options, bold: true }),
    ...(signer.position ? [line(upper(signer.position), { ...options, bold: true })] : []),
    ...(signer.note ? [line(sanitizeText(signer.note), { ...options, italics: true })] : []),
  ];
}

function signerName(signer: Signer, size: number, keepNext: boolean): Paragraph {
  return line(sanitizeText(signer.name ?? ''), {
    size,
    bold: true,
    keepNext,
    spacingBefore: 64,
    spacingAfter: 12,
  });
}

/**
 * Signers in a borderless table on a grid of half columns, so that an incomplete last row is
 * centred; a lone signer sits on the right. Titles and names take separate table rows so the
 * names align; rows don't split and are kept with each other (keepNext).
 */
function signaturesTable(block: SignaturesBlock, width: number): Table {
  const perRow = Math.max(1, block.perRow ?? 2);
  const size = perRow >= 3 ? 12 : BODY_FONT_SIZE;
  const lone = block.columns.length === 1 && perRow > 1;
  const rows: TableRow[] = [];
  for (let i = 0; i < block.columns.length; i += perRow) {
    const signers = block.columns.slice(i, i + perRow);
    const isLast = i + perRow >= block.columns.length;
    const gap = perRow - signers.length;
    const pad = (cells: TableCell[]) =>
      lone
        ? [cell([], 2 * perRow - 2), ...cells]
        : gap > 0
          ? [cell([], gap), ...cells, cell([], gap)]
          : cells;
    rows.push(
      new TableRow({
        cantSplit: true,
        children: pad(signers.map((signer) => cell(signerTitle(signer, size), 2))),
      }),
      new TableRow({
        cantSplit: true,
        children: pad(signers.map((signer) => cell([signerName(signer, size, !isLast)], 2))),
      }),
    );
  }
  return layoutTable(Array<number>(2 * perRow).fill(width / (2 * perRow)), rows);
}

function recipientParagraphs(items: readonly string[], keepNext = false): Paragraph[] {
  const lines = recipientLines(items);
  return [
    line('Nơi nhận:', {
      bold: true,
      italics: true,
      size: 12,
      align: 'left',
      keepNext: true,
      spacingBefore: 6,
    }),
    ...lines.map((text, i) =>
      line(text, { size: 11, align: 'left', keepNext: keepNext || i < lines.length - 1 }),
    ),
  ];
}

function closingTable(block: ClosingBlock, width: number): Table {
  const leftWidth = width * 0.45;
  return layoutTable(
    [leftWidth, width - leftWidth],
    [
      new TableRow({
        cantSplit: true,
        children: [
          cell(block.recipients ? recipientParagraphs(block.recipients) : []),
          cell([
            ...signerTitle(block.signature, BODY_FONT_SIZE),
            signerName(block.signature, BODY_FONT_SIZE, false),
          ]),
        ],
      }),
    ],
  );
}
