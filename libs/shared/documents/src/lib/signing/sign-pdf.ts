import { SignPdf, type Signer } from '@signpdf/signpdf';

import { PdfFile } from './pdf-file';
import { type SignatureStamp, renderStampPdf, stampRect } from './signature-stamp';

export interface SignPdfOptions {
  stamp: SignatureStamp;
  /** The signer's name in the signature dictionary (`/Name`), as PDF readers show it. */
  name: string;
  reason?: string;
  location?: string;
  signingTime?: Date;
  /** Bytes reserved for the CMS signature (certificates included); default 16 KiB. */
  signatureLength?: number;
}

const BYTE_RANGE_PLACEHOLDER = '/ByteRange [0 /********** /********** /**********]';

/**
 * Signs a finished PDF (PAdES, `adbe.pkcs7.detached`, SHA-256) with a visible stamp: the document's
 * own bytes stay as they are and an incremental update adds the stamp (a Form XObject drawn by
 * pdfkit), the signature field on its page and the signature, which covers the whole file.
 * `signer` is any `@signpdf` signer: a PKCS#12 file's, or one that asks a token or a remote service.
 */
export async function signPdf(
  pdf: Buffer,
  signer: Signer,
  options: SignPdfOptions,
): Promise<Buffer> {
  const signingTime = options.signingTime ?? new Date();
  const prepared = await addSignatureField(pdf, { ...options, signingTime });
  return new SignPdf().sign(prepared, signer, signingTime);
}

/**
 * The PDF with an empty signature (its `/ByteRange` and `/Contents` placeholders) and the visible
 * stamp: the first of signing's two steps, the second being `SignPdf.sign` with a signer.
 */
export async function addSignatureField(
  pdf: Buffer,
  options: SignPdfOptions & { signingTime: Date },
): Promise<Buffer> {
  const file = new PdfFile(pdf);
  const pages = file.pages();
  const page =
    options.stamp.placement === 'attachment'
      ? pages[0]
      : pages[Math.min(options.stamp.page ?? pages.length, pages.length) - 1];
  const root = file.object(file.rootRef).body;
  if (/\/AcroForm/.test(root) || /\/Annots\s*\d/.test(page.body))
    throw new Error('PDF already has a form: sign a freshly rendered document');
  const rect = stampRect(file, page, options.stamp);

  const update = new IncrementalUpdate(file);
  const appearance = update.importStamp(new PdfFile(await renderStampPdf(options.stamp.lines)));
  const signature = update.add(
    `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached ${BYTE_RANGE_PLACEHOLDER}` +
      ` /Contents <${'0'.repeat(2 * (options.signatureLength ?? 16_384))}>` +
      ` /Name ${pdfText(options.name)} /M ${pdfDate(options.signingTime)}` +
      (options.reason ? ` /Reason ${pdfText(options.reason)}` : '') +
      (options.location ? ` /Location ${pdfText(options.location)}` : '') +
      ` /Prop_Build << /App << /Name /Thi#20dua >> >> >>`,
  );
  const widget = update.add(
    `<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /F 132 /V ${signature} 0 R` +
      ` /P ${page.ref} 0 R /Rect [${rect.map(pdfNumber).join(' ')}] /AP << /N ${appearance} 0 R >> >>`,
  );
  const form = update.add(`<< /Fields [${widget} 0 R] /SigFlags 3 >>`);
  update.replace(file.rootRef, withEntry(root, `/AcroForm ${form} 0 R`));
  const annots = /\/Annots\s*\[/.exec(page.body);
  update.replace(
    page.ref,
    annots
      ? page.body.replace(/\/Annots\s*\[/, `/Annots [${widget} 0 R `)
      : withEntry(page.body, `/Annots [${widget} 0 R]`),
  );
  return update.write();
}

/** The objects appended to a PDF, then its new cross-reference section and trailer. */
class IncrementalUpdate {
  private readonly objects = new Map<number, Buffer>();
  private next: number;

  constructor(private readonly file: PdfFile) {
    this.next = file.size;
  }

  add(body: string | Buffer, stream?: Buffer): number {
    const ref = this.next++;
    this.put(ref, body, stream);
    return ref;
  }

  replace(ref: number, body: string): void {
    this.put(ref, body);
  }

  /** Copies a one-page PDF's objects in and makes its page a Form XObject; answers its number. */
  importStamp(stamp: PdfFile): number {
    const [page] = stamp.pages();
    const skip = new Set([stamp.rootRef, page.ref, ...refsIn(stamp.object(stamp.rootRef).body)]);
    const info = /\/Info\s+(\d+)\s+0\s+R/.exec(stamp.trailer)?.[1];
    if (info) skip.add(Number(info));
    const numbers = new Map<number, number>();
    for (let ref = 1; ref < stamp.size; ref++) if (!skip.has(ref)) numbers.set(ref, this.next++);
    const renumber = (text: string) =>
      text.replace(/(\d+) 0 R/g, (whole, n: string) => {
        const mapped = numbers.get(Number(n));
        return mapped === undefined ? whole : `${mapped} 0 R`;
      });
    const contents = Number(/\/Contents\s+(\d+)\s+0\s+R/.exec(page.body)?.[1]);
    const resources = /\/Resources\s+(\d+\s+0\s+R)/.exec(page.body)?.[1] ?? '<< >>';
    for (const [ref, target] of numbers) {
      const { body, stream } = stamp.object(ref);
      const form =
        ref === contents
          ? body.replace(
              '<<',
              `<< /Type /XObject /Subtype /Form /BBox [0 0 ${pdfNumber(page.width)} ${pdfNumber(page.height)}] /Resources ${renumber(resources)}`,
            )
          : body;
      this.put(target, renumber(form), stream);
    }
    const appearance = numbers.get(contents);
    if (appearance === undefined) throw new Error('stamp page without contents');
    return appearance;
  }

  write(): Buffer {
    const original = this.file.bytes;
    const parts: Buffer[] = [original, Buffer.from('\n')];
    let offset = original.length + 1;
    const entries: string[] = [];
    for (const [ref, bytes] of [...this.objects].sort(([a], [b]) => a - b)) {
      entries.push(`${ref} 1\n${String(offset).padStart(10, '0')} 00000 n \n`);
      parts.push(bytes);
      offset += bytes.length;
    }
    const trailer = this.file.trailer
      .replace(/\/Size\s+\d+/, `/Size ${this.next}`)
      .replace(/>>\s*$/, `/Prev ${this.file.startXref}\n>>`);
    parts.push(
      Buffer.from(
        `xref\n${entries.join('')}trailer\n${trailer.trim()}\nstartxref\n${offset}\n%%EOF`,
      ),
    );
    return Buffer.concat(parts);
  }

  private put(ref: number, body: string | Buffer, stream?: Buffer): void {
    const head = Buffer.from(`${ref} 0 obj\n`);
    const tail = Buffer.from('\nendobj\n');
    const bodyBytes = typeof body === 'string' ? Buffer.from(body, 'latin1') : body;
    this.objects.set(
      ref,
      stream
        ? Buffer.concat([
            head,
            bodyBytes,
            Buffer.from('\nstream\n'),
            stream,
            Buffer.from('\nendstream'),
            tail,
          ])
        : Buffer.concat([head, bodyBytes, tail]),
    );
  }
}

function refsIn(body: string): number[] {
  return [...body.matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));
}

/** A dictionary's text with one more entry before its closing `>>`. */
function withEntry(dictionary: string, entry: string): string {
  const end = dictionary.lastIndexOf('>>');
  return `${dictionary.slice(0, end)}${entry}\n${dictionary.slice(end)}`;
}

/** A text string as UTF-16BE with its byte-order mark (any Vietnamese name survives). */
function pdfText(text: string): string {
  const utf16 = Buffer.from(text.normalize('NFC'), 'utf16le').swap16();
  return `<FEFF${utf16.toString('hex').toUpperCase()}>`;
}

function pdfDate(at: Date): string {
  const iso = at.toISOString();
  return `(D:${iso.slice(0, 19).replace(/[-:T]/g, '')}Z)`;
}

function pdfNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}
