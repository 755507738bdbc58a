import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

const MODULUS = 1n << 256n;

/**
 * A pass-through stream over COPY text output that counts its rows (one line each: COPY escapes
 * newlines inside values) and sums their SHA-256, an order-independent checksum of the rows.
 */
export class RowChecksum extends Transform {
  rows = 0;
  private sum = 0n;
  private partial: Buffer = Buffer.alloc(0);
  private readonly file = createHash('sha256');

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.file.update(chunk);
    let data = this.partial.length ? Buffer.concat([this.partial, chunk]) : chunk;
    let newline = data.indexOf(0x0a);
    while (newline !== -1) {
      this.addRow(data.subarray(0, newline + 1));
      data = data.subarray(newline + 1);
      newline = data.indexOf(0x0a);
    }
    this.partial = Buffer.from(data);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.partial.length) this.addRow(this.partial);
    done();
  }

  /** Hex of the rows' checksum (call after the stream ended). */
  get rowsChecksum(): string {
    return this.sum.toString(16).padStart(64, '0');
  }

  /** Hex SHA-256 of every byte that passed (call once, after the stream ended). */
  fileSha256(): string {
    return this.file.digest('hex');
  }

  private addRow(line: Buffer): void {
    this.rows += 1;
    this.sum =
      (this.sum + BigInt('0x' + createHash('sha256').update(line).digest('hex'))) % MODULUS;
  }
}
