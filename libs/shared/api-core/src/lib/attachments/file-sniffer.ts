import type { AttachmentKind } from '@thidua/shared/contracts';
import yauzl from 'yauzl';

export const CONTENT_TYPES: Record<AttachmentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
};

const EXTENSIONS: Record<AttachmentKind, string[]> = {
  pdf: ['.pdf'],
  docx: ['.docx'],
  xlsx: ['.xlsx'],
  png: ['.png'],
  jpeg: ['.jpg', '.jpeg'],
};

/** Zip archives (docx, xlsx) must not unpack to more than this, nor hold more entries. */
const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 5000;

/**
 * Works out what a file really is from its bytes, and checks that its name says the same: a
 * renamed executable or a zip bomb is refused. Answers the kind, or null when not acceptable.
 */
export async function sniffFile(fileName: string, buffer: Buffer): Promise<AttachmentKind | null> {
  const name = fileName.toLowerCase();
  const kind = await detect(buffer);
  if (!kind || !EXTENSIONS[kind].some((ext) => name.endsWith(ext))) return null;
  return kind;
}

async function detect(buffer: Buffer): Promise<AttachmentKind | null> {
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (buffer.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return 'jpeg';
  if (buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    const entries = await zipEntries(buffer);
    if (!entries) return null;
    if (entries.includes('word/document.xml')) return 'docx';
    if (entries.includes('xl/workbook.xml')) return 'xlsx';
  }
  return null;
}

/**
 * Lists a zip's entries, refusing bombs; null when not a sound zip. Every entry is inflated and its
 * bytes counted (yauzl also fails an entry that inflates to more than its header declares), so a zip
 * that lies about its sizes is caught as surely as one that tells the truth.
 */
function zipEntries(buffer: Buffer): Promise<string[] | null> {
  return new Promise((resolve) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return resolve(null);
      let settled = false;
      const finish = (names: string[] | null) => {
        if (settled) return;
        settled = true;
        if (!names) zip.close();
        resolve(names);
      };
      if (zip.entryCount > MAX_ZIP_ENTRIES) return finish(null);
      const names: string[] = [];
      let declared = 0;
      let inflated = 0;
      zip.on('entry', (entry: yauzl.Entry) => {
        declared += entry.uncompressedSize;
        names.push(entry.fileName);
        if (declared > MAX_UNPACKED_BYTES) return finish(null);
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return finish(null);
          stream.on('data', (chunk: Buffer) => {
            inflated += chunk.length;
            if (inflated > MAX_UNPACKED_BYTES) {
              stream.destroy();
              finish(null);
            }
          });
          stream.on('error', () => finish(null));
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.on('end', () => finish(names));
      zip.on('error', () => finish(null));
      zip.readEntry();
    });
  });
}
