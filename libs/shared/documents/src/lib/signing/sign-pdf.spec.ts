import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { sampleList } from '../../testing/sample-documents';
import { throwawayCertificate } from '../../testing/throwaway-certificate';
import type { OfficialDocument } from '../official-document';
import { renderPdf } from '../pdf-renderer';
import { Pkcs12Error, Pkcs12Signer, openPkcs12 } from './pkcs12';
import { signPdf } from './sign-pdf';
import { formatSigningTime } from './signature-stamp';

const letter: OfficialDocument = {
  header: {
    parentAgency: 'Ủy ban nhân dân tỉnh Thử nghiệm',
    issuingAgency: 'Sở Nội vụ',
    number: '15/TTr-SNV',
    place: 'Thử nghiệm',
    date: '2025-12-20',
  },
  title: 'Tờ trình',
  subtitle: 'Về việc đề nghị tặng Bằng khen',
  blocks: [
    { type: 'paragraph', text: 'Sở Nội vụ kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét.' },
    {
      type: 'closing',
      recipients: ['Như trên;', 'Lưu: VT.'],
      signature: { title: 'Giám đốc', name: 'Trần Thị Ngọc Ánh' },
    },
  ],
};

describe('signPdf', () => {
  let dir: string;
  const cert = throwawayCertificate({ commonName: 'Sở Nội vụ tỉnh Thử nghiệm' });
  const signer = () => new Pkcs12Signer(cert.p12, cert.password);
  const at = new Date();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'thidua-sign-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function save(name: string, pdf: Buffer): string {
    const file = join(dir, name);
    writeFileSync(file, pdf);
    return file;
  }

  /** pdfsig answers 1 on a signature it cannot trust (self-signed): read its report either way. */
  const pdfsig = (file: string) =>
    spawnSync('pdfsig', ['-nocert', file], { encoding: 'utf8' }).stdout;
  const text = (file: string, ...args: string[]) =>
    execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
  const bbox = (file: string) =>
    execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });

  it('should sign the whole document, name the signer and keep its text and bytes', async () => {
    const original = await renderPdf(letter);
    const signed = await signPdf(original, signer(), {
      name: 'Trần Thị Ngọc Ánh',
      signingTime: at,
      stamp: {
        placement: 'signer',
        lines: ['Ký bởi: Sở Nội vụ', `Thời gian ký: ${formatSigningTime(at)}`],
      },
    });
    const file = save('letter.pdf', signed);
    const report = pdfsig(file);

    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signer Certificate Common Name: Sở Nội vụ tỉnh Thử nghiệm');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Signature Type: adbe.pkcs7.detached');
    expect(signed.subarray(0, original.length).equals(original)).toBe(true);
    const all = text(file);
    expect(all).toContain('Ký bởi: Sở Nội vụ');
    expect(all).toContain(`Thời gian ký: ${formatSigningTime(at)}`);
    const words = (t: string) => t.replace(/\s+/g, ' ').trim();
    expect(words(all.replace(/^.*(Ký bởi|Thời gian ký).*$/gm, ''))).toBe(
      words(text(save('letter-unsigned.pdf', original))),
    );
  });

  it("should put the signer's stamp over the signer's block, right of centre above the name", async () => {
    const signed = await signPdf(await renderPdf(letter), signer(), {
      name: 'Trần Thị Ngọc Ánh',
      stamp: { placement: 'signer', lines: ['Ký bởi: Sở Nội vụ', 'Thời gian ký: x'] },
    });
    const boxes = bbox(save('letter-boxes.pdf', signed));
    const word = (w: string) => {
      const m = new RegExp(
        `<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${w}</word>`,
      ).exec(boxes);
      if (!m) throw new Error(`${w} not found`);
      return { x: Number(m[1]), top: Number(m[2]), bottom: Number(m[3]) };
    };
    const stamp = word('bởi:');
    const title = word('GIÁM');
    const name = word('Ánh');
    expect(stamp.x).toBeGreaterThan(595.28 / 2);
    expect(stamp.top).toBeGreaterThan(title.bottom);
    expect(stamp.bottom).toBeLessThan(name.top);
  });

  it("should stamp an attachment in the first page's top margin at the right", async () => {
    const signed = await signPdf(await renderPdf(sampleList(40)), signer(), {
      name: 'Sở Nội vụ',
      stamp: { placement: 'attachment', lines: ['Sở Nội vụ', '15/TTr-SNV', 'Thời gian ký: x'] },
    });
    const file = save('list.pdf', signed);
    expect(pdfsig(file)).toContain('Signature is Valid');
    const firstPage = text(file, '-f', '1', '-l', '1', '-bbox');
    const m =
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">15\/TTr-SNV<\/word>/.exec(
        firstPage,
      );
    expect(m).not.toBeNull();
    expect(Number(m?.[1])).toBeGreaterThan(841.89 / 2);
    expect(Number(m?.[2])).toBeLessThan(20 * 2.835);
  });

  it('should refuse a PDF that is not one pdfkit wrote in one piece', async () => {
    await expect(
      signPdf(Buffer.from('%PDF-1.7\nnot really'), signer(), {
        name: 'x',
        stamp: { placement: 'signer', lines: ['x'] },
      }),
    ).rejects.toThrow(/startxref/);
    const signed = await signPdf(await renderPdf(letter), signer(), {
      name: 'x',
      stamp: { placement: 'signer', lines: ['x'] },
    });
    await expect(
      signPdf(signed, signer(), { name: 'x', stamp: { placement: 'signer', lines: ['x'] } }),
    ).rejects.toThrow();
  });

  it('should write the signing time in Vietnam time with its offset', () => {
    expect(formatSigningTime(new Date('2025-01-05T17:04:05Z'))).toBe('06.01.2025 00:04:05 +07:00');
  });

  it('should read what the certificate says of itself, Vietnamese names intact', () => {
    const { info } = openPkcs12(cert.p12, cert.password);
    expect(info.commonName).toBe('Sở Nội vụ tỉnh Thử nghiệm');
    expect(info.subject).toBe('CN=Sở Nội vụ tỉnh Thử nghiệm, O=UBND tỉnh Thử nghiệm, C=VN');
    expect(info.issuer).toBe(info.subject);
    expect(info.serialNumber).toMatch(/^[0-9A-F]+$/);
    expect(info.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(info.validTo.getTime()).toBeGreaterThan(Date.now());
  });

  it.each([
    ['notPkcs12', () => openPkcs12(Buffer.from('%PDF-1.7 not a key'), 'x')],
    ['wrongPassword', () => openPkcs12(cert.p12, 'Sai@12345')],
    [
      'expired',
      () => {
        const old = throwawayCertificate({
          notBefore: new Date('2020-01-01'),
          notAfter: new Date('2021-01-01'),
        });
        return openPkcs12(old.p12, old.password);
      },
    ],
    [
      'notYetValid',
      () => {
        const future = throwawayCertificate({ notBefore: new Date(Date.now() + 86_400_000) });
        return openPkcs12(future.p12, future.password);
      },
    ],
    [
      'notSigningKey',
      () => {
        const other = throwawayCertificate({ usage: 'encipherment' });
        return openPkcs12(other.p12, other.password);
      },
    ],
  ])('should refuse a file that cannot sign: %s', (problem, open) => {
    expect(open).toThrow(new Pkcs12Error(problem as Pkcs12Error['problem']));
  });
});
