import { crc32, deflateRawSync } from 'node:zlib';

import { sniffFile } from './file-sniffer';

interface ZipEntry {
  name: string;
  data: Buffer;
  /** The uncompressed size the headers declare, when they are to lie about it. */
  declaredSize?: number;
}

/** A minimal zip (deflated entries) built by hand, so a test can make a real zip bomb. */
function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const packed = deflateRawSync(entry.data);
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(0, at + 2); // flags
      header.writeUInt16LE(8, at + 4); // deflate
      header.writeUInt32LE(0, at + 6); // time, date
      header.writeUInt32LE(crc32(entry.data), at + 10);
      header.writeUInt32LE(packed.length, at + 14);
      header.writeUInt32LE(entry.declaredSize ?? entry.data.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const docx = (extra: ZipEntry[] = []) =>
  zip([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
    ...extra,
  ]);

describe('sniffFile', () => {
  it('should tell a PDF and a Word document by their bytes and name', async () => {
    expect(await sniffFile('Kế hoạch.pdf', PDF)).toBe('pdf');
    expect(await sniffFile('bao-cao.DOCX', docx())).toBe('docx');
  });

  it.each([
    ['an executable named .pdf', 'ke-hoach.pdf', Buffer.from('MZ\u0090\u0000executable')],
    ['a PDF named .exe', 'ke-hoach.exe', PDF],
    ['a Word document named .pdf', 'bao-cao.pdf', docx()],
    [
      'a zip that is no Office document',
      'tai-lieu.docx',
      zip([{ name: 'a.txt', data: Buffer.from('x') }]),
    ],
    ['a broken zip', 'bao-cao.docx', docx().subarray(0, 60)],
  ])('should refuse %s', async (_, name, bytes) => {
    expect(await sniffFile(name, bytes)).toBeNull();
  });

  it('should refuse a zip bomb: a small file that unpacks to more than 100 MB', async () => {
    const zeros = Buffer.alloc(60 * 1024 * 1024);
    const bomb = docx([
      { name: 'word/media/a.bin', data: zeros },
      { name: 'word/media/b.bin', data: zeros },
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await sniffFile('bao-cao.docx', bomb)).toBeNull();
    // Compressing 120 MB of zeros takes seconds on a loaded 2-core machine.
  }, 30_000);

  it('should refuse a zip bomb whose headers understate what it unpacks to', async () => {
    const zeros = Buffer.alloc(120 * 1024 * 1024);
    const liar = docx([{ name: 'word/media/a.bin', data: zeros, declaredSize: 1024 }]);
    expect(liar.length).toBeLessThan(1024 * 1024);
    expect(await sniffFile('bao-cao.docx', liar)).toBeNull();
  }, 30_000);

  it('should refuse an entry whose bytes do not match its checksum', async () => {
    const sound = docx();
    const broken = Buffer.from(sound);
    // The first entry's deflated bytes start after its 30-byte header and 19-byte name.
    broken[30 + '[Content_Types].xml'.length] ^= 0xff;
    expect(await sniffFile('bao-cao.docx', sound)).toBe('docx');
    expect(await sniffFile('bao-cao.docx', broken)).toBeNull();
  });

  it('should refuse a zip of more than 5,000 entries', async () => {
    const many = Array.from({ length: 5001 }, (_, i) => ({
      name: `word/x${i}.xml`,
      data: Buffer.from('x'),
    }));
    expect(await sniffFile('bao-cao.docx', docx(many))).toBeNull();
  });
});
