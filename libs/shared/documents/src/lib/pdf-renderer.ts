import { resolve, sep } from 'node:path';
import type * as PdfMake from 'pdfmake';
import type {
  Content,
  ContentCanvas,
  ContentStack,
  CustomTableLayout,
  TDocumentDefinitions,
  TableCell,
} from 'pdfmake/interfaces';
import { documentFontDirectory, documentFontPaths, measureText } from './document-fonts';
import { formatDocumentDate, sanitizeText } from './document-text';
import { isLongListDocument, renderListPdf } from './pdf-list-renderer';
import type {
  Block,
  ClosingBlock,
  OfficialDocument,
  ParagraphBlock,
  Signer,
  SignaturesBlock,
  TableBlock,
} from './official-document';
import {
  A4,
  AGENCY_SIZE,
  BODY_FONT_SIZE,
  FIRST_LINE_INDENT_PT,
  HEADER_LEFT_SHARE,
  KEEP_WITH_SHARE,
  MARGINS_MM,
  PARAGRAPH_SPACING_PT,
  PDF_CELL_PADDING,
  PDF_CELL_PADDING_Y,
  PDF_GRID_LINE,
  PDF_RULE_LINE,
  PT_PER_MM,
  QUOC_HIEU,
  QUOC_HIEU_SIZE,
  SIGNATURE_GAP_PT,
  TABLE_FONT_SIZE,
  TIEU_NGU,
  TIEU_NGU_SIZE,
  contentWidth,
  estimateTextHeight,
  recipientLines,
  shortRuleWidth,
  tableBody,
  tableColumnWidths,
  toRuns,
  upper,
} from './page-layout';

// pdfmake 0.3 exports a configured instance (module.exports = new pdfmake()); an ES namespace
// import would copy it and lose its prototype methods, so take the instance as it is.
const pdfmake = require('pdfmake') as typeof PdfMake;

const FONT = 'Tinos';
const CELL_PADDING = PDF_CELL_PADDING;
const GRID_LINE = PDF_GRID_LINE;

const NO_BORDERS: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

const GRID: CustomTableLayout = {
  hLineWidth: () => GRID_LINE,
  vLineWidth: () => GRID_LINE,
  paddingLeft: () => CELL_PADDING,
  paddingRight: () => CELL_PADDING,
  paddingTop: () => PDF_CELL_PADDING_Y,
  paddingBottom: () => PDF_CELL_PADDING_Y,
};

/**
 * Renders the document to PDF: A4, Nghị định 30/2020 margins, Tinos 13 pt. Long lists (a table
 * of more than `LONG_LIST_ROWS` rows) are drawn with pdfkit directly in the same look, which is
 * several times faster than pdfmake's layout for thousands of rows; everything else with pdfmake.
 */
export async function renderPdf(doc: OfficialDocument): Promise<Buffer> {
  if (isLongListDocument(doc)) return renderListPdf(doc);
  return renderPdfDefinition(buildPdfDefinition(doc));
}

/**
 * Renders a raw pdfmake definition with the document fonts (font "Tinos"), for layouts the model
 * does not describe, such as text placed at fixed positions on pre-printed certificates.
 */
export async function renderPdfDefinition(definition: TDocumentDefinitions): Promise<Buffer> {
  const fontDir = documentFontDirectory();
  pdfmake.addFonts({ [FONT]: documentFontPaths() });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(fontDir + sep));
  return pdfmake.createPdf(definition).getBuffer();
}

/** The pdfmake definition; built fresh for every render because pdfmake mutates table bodies. */
export function buildPdfDefinition(doc: OfficialDocument): TDocumentDefinitions {
  const width = contentWidth(doc);
  const pageHeight =
    (doc.orientation === 'landscape' ? A4.width : A4.height) -
    (MARGINS_MM.top + MARGINS_MM.bottom) * PT_PER_MM;
  const mm = (value: number) => value * PT_PER_MM;
  return {
    pageSize: 'A4',
    pageOrientation: doc.orientation ?? 'portrait',
    pageMargins: [
      mm(MARGINS_MM.left),
      mm(MARGINS_MM.top),
      mm(MARGINS_MM.right),
      mm(MARGINS_MM.bottom),
    ],
    info: { title: sanitizeText(doc.title ?? doc.subtitle ?? ''), creator: 'Thi đua' },
    defaultStyle: { font: FONT, fontSize: BODY_FONT_SIZE },
    // Page numbers top centre, from page 2 (Nghị định 30/2020).
    header: (currentPage: number) =>
      currentPage === 1
        ? null
        : { text: String(currentPage), alignment: 'center', margin: [0, mm(9), 0, 0] },
    content: [
      ...headerContent(doc, width),
      ...titleContent(doc, width),
      ...blocksContent(doc.blocks, width, pageHeight),
    ],
  };
}

/** A horizontal rule of `length` centred in a column of `columnWidth`. */
function rule(
  length: number,
  columnWidth: number,
  margin: [number, number, number, number],
): ContentCanvas {
  const x1 = Math.max(0, (columnWidth - length) / 2);
  return {
    canvas: [
      {
        type: 'line',
        x1,
        y1: 0,
        x2: x1 + Math.min(length, columnWidth),
        y2: 0,
        lineWidth: PDF_RULE_LINE,
      },
    ],
    margin,
  };
}

function mottoStack(columnWidth: number): Content[] {
  return [
    { text: QUOC_HIEU, bold: true, fontSize: QUOC_HIEU_SIZE, alignment: 'center' },
    { text: TIEU_NGU, bold: true, fontSize: TIEU_NGU_SIZE, alignment: 'center' },
    rule(measureText(TIEU_NGU, TIEU_NGU_SIZE, 'bold'), columnWidth, [0, 3, 0, 4]),
  ];
}

function headerContent(doc: OfficialDocument, width: number): Content[] {
  const header = doc.header;
  if (!header)
    return doc.nationalMotto ? [{ stack: mottoStack(width), margin: [0, 0, 0, 12] }] : [];
  const leftWidth = Math.round(width * HEADER_LEFT_SHARE);
  const rightWidth = width - leftWidth;
  const issuing = upper(header.issuingAgency);
  const left: Content[] = [
    ...(header.parentAgency
      ? [{ text: upper(header.parentAgency), fontSize: AGENCY_SIZE, alignment: 'center' as const }]
      : []),
    { text: issuing, bold: true, fontSize: AGENCY_SIZE, alignment: 'center' },
    rule(shortRuleWidth(issuing, AGENCY_SIZE, leftWidth), leftWidth, [0, 3, 0, 4]),
  ];
  const numberCell: TableCell = header.number
    ? { text: `Số: ${sanitizeText(header.number)}`, alignment: 'center' }
    : '';
  return [
    {
      table: {
        widths: [leftWidth, rightWidth],
        body: [
          [{ stack: left }, { stack: mottoStack(rightWidth) }],
          [
            numberCell,
            {
              text: formatDocumentDate(header.place, header.date),
              italics: true,
              alignment: 'center',
            },
          ],
        ],
      },
      layout: NO_BORDERS,
      margin: [0, 0, 0, 12],
    },
  ];
}

function titleContent(doc: OfficialDocument, width: number): Content[] {
  const content: Content[] = [];
  if (doc.title) {
    content.push({
      text: upper(doc.title),
      bold: true,
      fontSize: 14,
      alignment: 'center',
      margin: [0, 6, 0, 0],
    });
  }
  if (doc.subtitle) {
    const subtitle = sanitizeText(doc.subtitle);
    content.push(
      { text: subtitle, bold: true, fontSize: 14, alignment: 'center' },
      rule(shortRuleWidth(subtitle, 14, width), width, [0, 3, 0, 0]),
    );
  }
  if (content.length > 0) content.push({ text: '', margin: [0, 0, 0, 12] });
  return content;
}

function blocksContent(blocks: readonly Block[], width: number, pageHeight: number): Content[] {
  const content: Content[] = [];
  let breakBefore = false;
  blocks.forEach((block, index) => {
    if (block.type === 'pageBreak') {
      breakBefore = content.length > 0;
      return;
    }
    let nodes: Content[];
    if (block.type === 'signatures' || block.type === 'closing') {
      const rows =
        block.type === 'signatures' ? signatureRows(block, width) : [closingRow(block, width)];
      // Keep the paragraph before the signatures with their first row when it is short enough.
      const previous = blocks[index - 1];
      const previousNode = content[content.length - 1];
      if (
        !breakBefore &&
        previous?.type === 'paragraph' &&
        previousNode &&
        estimateTextHeight(plainText(previous), previous.size ?? BODY_FONT_SIZE, width) <
          pageHeight * KEEP_WITH_SHARE
      ) {
        content.pop();
        // A page break inside an unbreakable block would lose content: keep it on the outside.
        const pageBreak =
          typeof previousNode === 'object' && 'pageBreak' in previousNode
            ? previousNode.pageBreak
            : undefined;
        const inner = pageBreak
          ? { ...(previousNode as object), pageBreak: undefined }
          : previousNode;
        rows[0] = { stack: [inner as Content, rows[0]], unbreakable: true, pageBreak };
      }
      nodes = rows;
    } else {
      nodes = blockContent(block, width);
    }
    if (breakBefore && nodes.length > 0) {
      nodes[0] = { stack: [nodes[0]], pageBreak: 'before' };
      breakBefore = false;
    }
    content.push(...nodes);
  });
  return content;
}

function plainText(block: ParagraphBlock): string {
  return toRuns(block.text)
    .map((run) => run.text)
    .join('');
}

function blockContent(block: Block, width: number): Content[] {
  switch (block.type) {
    case 'paragraph': {
      const align = block.align ?? 'justify';
      const indent = block.indent ?? align === 'justify';
      return [
        {
          text: toRuns(block.text).map((run) => ({
            text: run.text,
            bold: run.bold,
            italics: run.italic,
            decoration: run.underline ? ('underline' as const) : undefined,
          })),
          alignment: align,
          leadingIndent: indent ? FIRST_LINE_INDENT_PT : 0,
          bold: block.bold,
          italics: block.italic,
          fontSize: block.size,
          margin: [0, 0, 0, PARAGRAPH_SPACING_PT],
        },
      ];
    }
    case 'heading':
      return [
        {
          text: sanitizeText(block.text),
          bold: true,
          alignment: 'left',
          margin: [0, 3, 0, PARAGRAPH_SPACING_PT],
        },
      ];
    case 'list':
      return block.items.map((item, i) => ({
        text: `${block.numbered ? `${i + 1}.` : '-'} ${sanitizeText(item)}`,
        alignment: 'justify',
        leadingIndent: FIRST_LINE_INDENT_PT,
        margin: [0, 0, 0, PARAGRAPH_SPACING_PT],
      }));
    case 'table':
      return [tableContent(block, width)];
    case 'recipients':
      return [{ stack: recipientsStack(block.items), margin: [0, 6, 0, 0] }];
    default:
      return [];
  }
}

function tableContent(block: TableBlock, width: number): Content {
  const count = block.columns.length;
  const outer = tableColumnWidths(block, width - GRID_LINE, CELL_PADDING);
  const widths = outer.map((w) => Math.max(1, w - 2 * CELL_PADDING - GRID_LINE));
  const groupRow = (text: string): TableCell[] => [
    { text, bold: true, colSpan: count },
    ...Array.from({ length: count - 1 }, () => ''),
  ];
  const body: TableCell[][] = [
    block.columns.map((column) => ({
      text: sanitizeText(column.header),
      bold: true,
      alignment: 'center',
    })),
  ];
  for (const row of tableBody(block)) {
    if ('group' in row) {
      body.push(groupRow(row.group));
      continue;
    }
    body.push(
      block.columns.map((column, c) => {
        const text = sanitizeText(row.cells[c]);
        return column.align && column.align !== 'left' ? { text, alignment: column.align } : text;
      }),
    );
  }
  return {
    table: { headerRows: block.headerRepeat === false ? 0 : 1, dontBreakRows: true, widths, body },
    layout: GRID,
    fontSize: block.fontSize ?? TABLE_FONT_SIZE,
    margin: [0, 0, 0, PARAGRAPH_SPACING_PT],
  };
}

function signerTitle(signer: Signer, size: number): ContentStack {
  return {
    stack: [
      { text: upper(signer.title), bold: true },
      ...(signer.position ? [{ text: upper(signer.position), bold: true }] : []),
      ...(signer.note ? [{ text: sanitizeText(signer.note), italics: true }] : []),
    ],
    alignment: 'center',
    fontSize: size,
  };
}

function signerName(signer: Signer, size: number): Content {
  const name = sanitizeText(signer.name ?? '');
  return {
    text: name || ' ',
    bold: true,
    alignment: 'center',
    fontSize: size,
    margin: [0, SIGNATURE_GAP_PT, 0, 0],
  };
}

const SIGNATURE_LAYOUT: CustomTableLayout = {
  ...NO_BORDERS,
  paddingLeft: () => 3,
  paddingRight: () => 3,
};

/**
 * Signers in rows of `perRow`, one unbreakable table per row with the names on a line of their
 * own so they align; an incomplete last row is centred and a lone signer sits on the right.
 */
function signatureRows(block: SignaturesBlock, width: number): Content[] {
  const perRow = Math.max(1, block.perRow ?? 2);
  const size = perRow >= 3 ? 12 : BODY_FONT_SIZE;
  const columnWidth = width / perRow - 6;
  const rows: Content[] = [];
  for (let i = 0; i < block.columns.length; i += perRow) {
    const signers = block.columns.slice(i, i + perRow);
    const gap = block.columns.length === 1 ? perRow - 1 : (perRow - signers.length) / 2;
    const spacer = gap > 0 ? [gap * (columnWidth + 6) - 6] : [];
    const trailing = block.columns.length === 1 ? [] : spacer;
    const pad = (cells: Content[]) => [
      ...spacer.map(() => ''),
      ...cells,
      ...trailing.map(() => ''),
    ];
    rows.push({
      table: {
        widths: [...spacer, ...signers.map(() => columnWidth), ...trailing],
        body: [
          pad(signers.map((signer) => signerTitle(signer, size))),
          pad(signers.map((signer) => signerName(signer, size))),
        ],
      },
      layout: SIGNATURE_LAYOUT,
      unbreakable: true,
      margin: [0, 6, 0, 12],
    });
  }
  return rows;
}

function recipientsStack(items: readonly string[]): Content[] {
  return [
    { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 12 },
    ...recipientLines(items).map((line) => ({ text: line, fontSize: 11 })),
  ];
}

function closingRow(block: ClosingBlock, width: number): Content {
  const leftWidth = width * 0.45;
  return {
    columns: [
      { width: leftWidth, stack: block.recipients ? recipientsStack(block.recipients) : [] },
      {
        width: '*',
        stack: [
          signerTitle(block.signature, BODY_FONT_SIZE),
          signerName(block.signature, BODY_FONT_SIZE),
        ],
      },
    ],
    columnGap: 0,
    unbreakable: true,
    margin: [0, 6, 0, 0],
  } as Content;
}
