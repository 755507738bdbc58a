import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { RowChecksum } from './copy-rows';

async function checksum(chunks: string[]): Promise<RowChecksum> {
  const sum = new RowChecksum();
  const sink = new Writable({ write: (_c, _e, done) => done() });
  await pipeline(Readable.from(chunks.map((c) => Buffer.from(c))), sum, sink);
  return sum;
}

describe('RowChecksum', () => {
  it('should count rows across chunk boundaries', async () => {
    const sum = await checksum(['a\t1\nb\t', '2\nc\t3', '\n']);
    expect(sum.rows).toBe(3);
  });

  it('should give the same rows checksum in any order and chunking', async () => {
    const one = await checksum(['a\t1\nb\t2\nc\t3\n']);
    const other = await checksum(['c\t3\n', 'a\t', '1\nb\t2\n']);
    expect(other.rowsChecksum).toBe(one.rowsChecksum);
    expect(other.rowsChecksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should tell different rows, and a duplicated row, apart', async () => {
    const base = await checksum(['a\t1\nb\t2\n']);
    expect((await checksum(['a\t1\nb\t3\n'])).rowsChecksum).not.toBe(base.rowsChecksum);
    expect((await checksum(['a\t1\nb\t2\nb\t2\n'])).rowsChecksum).not.toBe(base.rowsChecksum);
  });

  it('should hash the bytes as they came for the file checksum', async () => {
    const one = await checksum(['a\t1\nb\t2\n']);
    const other = await checksum(['b\t2\na\t1\n']);
    expect(one.fileSha256()).not.toBe(other.fileSha256());
  });

  it('should count nothing for an empty table', async () => {
    const sum = await checksum([]);
    expect(sum.rows).toBe(0);
    expect(sum.rowsChecksum).toBe('0'.repeat(64));
  });
});
