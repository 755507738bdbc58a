import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { pdfPageTexts } from '../../../../libs/shared/documents/src/testing/pdf-reading';
import { throwawayCertificate } from '../../../../libs/shared/documents/src/testing/throwaway-certificate';
import { CAMPAIGN_LIST_2021, FLAG_LIST_2023 } from '../../../api/src/public-api';
import { type TestApp, bearer, binaryParser, createTestApp, login } from '../support/test-app';

/**
 * Issued papers signed with the issuing body's certificate: the upload (checked, sealed, audited),
 * the signed downloads (verified with poppler's pdfsig and read back with pdftotext) and who may do
 * what. The signing key lives in a file of this run.
 */
describe('signed papers', () => {
  let t: TestApp;
  let admin: string;
  let thuky: string;
  let xem: string;
  let dir: string;
  let listId: string;
  let decidedListId: string;
  let ballotId: string;
  const cert = throwawayCertificate({ commonName: 'Sở Nội vụ tỉnh Thử nghiệm' });
  const body = {
    bodyCode: 'SNV',
    bodyName: 'Sở Nội vụ tỉnh Thử nghiệm',
    signerName: 'Trần Thị Ngọc Ánh',
    password: cert.password,
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thidua-signed-'));
    process.env['SIGNING_KEY_FILE'] = join(dir, 'keys/signing.key');
    t = await createTestApp();
    [admin, thuky, xem] = await Promise.all(['admin', 'thuky', 'xem'].map((u) => login(t.http, u)));
    [{ id: listId }] = await t.dataSource.query(`SELECT id FROM award_lists WHERE title = $1`, [
      FLAG_LIST_2023.title,
    ]);
    [{ id: decidedListId }] = await t.dataSource.query(
      `SELECT id FROM award_lists WHERE title = $1`,
      [CAMPAIGN_LIST_2021.title],
    );
    [{ id: ballotId }] = await t.dataSource.query(
      `SELECT id FROM ballots WHERE status = 'closed' ORDER BY created_at LIMIT 1`,
    );
    // Another suite of this run may have left a certificate in use.
    for (const c of (await t.http.get('/api/v1/signing-certificates').set(bearer(admin))).body)
      if (c.status === 'active')
        await t.http.delete(`/api/v1/signing-certificates/${c.id}`).set(bearer(admin)).expect(204);
  });

  afterAll(async () => {
    await t.close();
    delete process.env['SIGNING_KEY_FILE'];
    rmSync(dir, { recursive: true, force: true });
  });

  const upload = (token: string, file: Buffer, fields: Record<string, string> = body) => {
    let req = t.http.post('/api/v1/signing-certificates').set(bearer(token));
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    return req.attach('file', file, 'chung-thu.p12');
  };
  const stored = async () =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM signing_certificates`))[0].n);
  const download = (token: string, path: string, query: Record<string, string>) =>
    t.http.get(`/api/v1${path}`).query(query).set(bearer(token)).buffer(true).parse(binaryParser);
  const save = (name: string, pdf: Buffer) => {
    const file = join(dir, name);
    writeFileSync(file, pdf);
    return file;
  };
  /** pdfsig exits 1 on a certificate it cannot trust (self-signed): its report is read either way. */
  const pdfsig = (file: string) =>
    spawnSync('pdfsig', ['-nocert', file], { encoding: 'utf8' }).stdout;
  const text = (file: string) =>
    execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

  it('should say the admin must upload a certificate before any paper can be signed', async () => {
    const res = await t.http
      .get(`/api/v1/award-lists/${listId}/cover-letter`)
      .query({ format: 'pdf', signed: 'true' })
      .set(bearer(xem))
      .expect(409);
    expect(res.body.code).toBe('signing.noCertificate');
    expect(res.body.message).toMatch(/^Chưa có chứng thư số để ký: quản trị viên cần tải lên/);
  });

  it('should refuse files that cannot sign, field by field, and store nothing', async () => {
    const before = await stored();
    const expired = throwawayCertificate({
      notBefore: new Date('2020-01-01'),
      notAfter: new Date('2021-01-01'),
    });
    const future = throwawayCertificate({ notBefore: new Date(Date.now() + 7 * 86_400_000) });
    const encipherment = throwawayCertificate({ usage: 'encipherment' });
    const cases: Array<[Buffer, Record<string, string>, number, string, string]> = [
      [cert.p12, { ...body, password: 'Sai@12345' }, 422, 'password', 'signing.wrongPassword'],
      [Buffer.from('%PDF-1.7 không phải chứng thư'), body, 422, 'file', 'signing.notPkcs12'],
      [expired.p12, { ...body, password: expired.password }, 422, 'file', 'signing.expired'],
      [future.p12, { ...body, password: future.password }, 422, 'file', 'signing.notYetValid'],
      [
        encipherment.p12,
        { ...body, password: encipherment.password },
        422,
        'file',
        'signing.notSigningKey',
      ],
      [cert.p12, { ...body, bodyCode: 'Sở NV' }, 422, 'bodyCode', ''],
      [cert.p12, { ...body, signerName: '' }, 422, 'signerName', ''],
    ];
    for (const [file, fields, status, field, code] of cases) {
      const res = await upload(admin, file, fields);
      expect({ field, status: res.status }).toEqual({ field, status });
      expect(Object.keys(res.body.fieldErrors ?? {})).toEqual([field]);
      if (code) expect(res.body.code).toBe(code);
      expect(res.body.message).toMatch(
        /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i,
      );
    }
    const huge = await upload(admin, Buffer.alloc(65 * 1024, 1));
    expect(huge.status).toBe(413);
    const none = await t.http
      .post('/api/v1/signing-certificates')
      .set(bearer(admin))
      .field('bodyCode', 'SNV')
      .field('bodyName', 'x')
      .field('signerName', 'x')
      .field('password', 'x')
      .attach('other', Buffer.from('x'), 'x.p12');
    expect(none.status).toBeGreaterThanOrEqual(400);
    expect(none.status).toBeLessThan(500);
    expect(await stored()).toBe(before);
  });

  it('should let only the admin manage certificates', async () => {
    const before = await stored();
    for (const token of [thuky, xem]) {
      await upload(token, cert.p12).expect(403);
      await t.http.get('/api/v1/signing-certificates').set(bearer(token)).expect(403);
    }
    await t.http.get('/api/v1/signing-certificates').expect(401);
    expect(await stored()).toBe(before);
  });

  it('should keep the certificate sealed, show what it says of itself and audit it without secrets', async () => {
    const res = await upload(admin, cert.p12).expect(201);
    expect(res.body).toMatchObject({
      bodyCode: 'SNV',
      bodyName: body.bodyName,
      signerName: body.signerName,
      commonName: 'Sở Nội vụ tỉnh Thử nghiệm',
      subject: 'CN=Sở Nội vụ tỉnh Thử nghiệm, O=UBND tỉnh Thử nghiệm, C=VN',
      status: 'active',
    });
    expect(res.body.serialNumber).toMatch(/^[0-9A-F]+$/);
    expect(new Date(res.body.validTo).getTime()).toBeGreaterThan(Date.now());
    expect(JSON.stringify(res.body)).not.toContain(cert.password);

    const [row] = await t.dataSource.query(
      `SELECT secret FROM signing_certificates WHERE id = $1`,
      [res.body.id],
    );
    const secret = row.secret as Buffer;
    expect(secret.length).toBeGreaterThan(cert.p12.length);
    expect(secret.includes(Buffer.from(cert.password))).toBe(false);
    expect(secret.includes(cert.p12.subarray(0, 64))).toBe(false);
    expect(secret.includes(Buffer.from(cert.p12.toString('base64').slice(0, 64)))).toBe(false);
    // The key is a file of its own, readable by the API's user only.
    expect(statSync(process.env['SIGNING_KEY_FILE'] as string).mode & 0o777).toBe(0o600);

    const audit = await t.dataSource.query(
      `SELECT after::text AS after FROM audit_log WHERE entity = 'signingCertificate' AND entity_id = $1`,
      [res.body.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toContain(res.body.fingerprint);
    expect(audit[0].after).not.toContain(cert.password);
    expect(audit[0].after).not.toContain('secret');
  });

  it.each([
    ['cover letter', () => `/award-lists/${listId}/cover-letter`, 'signer'],
    ['award list', () => `/award-lists/${listId}/export`, 'attachment'],
    ['vote-count minutes', () => `/ballots/${ballotId}/minutes`, 'signer'],
    ['decision', () => `/award-lists/${decidedListId}/decision`, 'signer'],
  ])(
    'should sign the %s over the whole file with a visible stamp, for whoever may download it',
    async (kind, path, placement) => {
      const unsigned = await download(xem, path(), { format: 'pdf' }).expect(200);
      const res = await download(xem, path(), { format: 'pdf', signed: 'true' }).expect(200);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent('(ký số).pdf'));
      const file = save(`${kind}.pdf`, res.body);
      const report = pdfsig(file);
      expect(report).toContain('Signature Validation: Signature is Valid.');
      expect(report).toContain('Total document signed');
      expect(report).toContain('Signer Certificate Common Name: Sở Nội vụ tỉnh Thử nghiệm');
      const signed = text(file);
      expect(signed).toMatch(/Thời gian ký: \d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d \+07:00/);
      if (placement === 'signer') {
        expect(signed).toContain(`Ký bởi: ${body.signerName}`);
        expect(signed).toContain(`Cơ quan: ${body.bodyName}`);
      } else {
        expect(signed).toContain(`Ký bởi: ${body.bodyName}`);
        expect(signed).toContain(`Số, ký hiệu: ${FLAG_LIST_2023.number}`);
      }
      // The paper's own text is the unsigned one's, the stamp aside.
      const own = text(save(`${kind}-unsigned.pdf`, unsigned.body));
      const words = own.split(' ').filter((w) => /\p{L}{3,}/u.test(w));
      for (const w of words.slice(0, 200)) expect(signed).toContain(w);
    },
  );

  it('should stamp the decision over its signer, not on the list attached after it', async () => {
    const res = await download(xem, `/award-lists/${decidedListId}/decision`, {
      signed: 'true',
    }).expect(200);
    const pages = pdfPageTexts(save('decision-pages.pdf', res.body)).map((p) =>
      p.replace(/\s+/g, ' '),
    );
    const stamped = pages.filter((p) => p.includes('Ký bởi:'));
    expect(stamped).toHaveLength(1);
    expect(stamped[0]).toContain('KT. CHỦ TỊCH');
    expect(stamped[0]).not.toContain('Kèm theo Quyết định');
    expect(pages.length).toBeGreaterThan(pages.indexOf(stamped[0]) + 1);
  });

  it('should record every signing in the audit log', async () => {
    const entries = await t.dataSource.query(
      `SELECT entity, after->>'paper' AS paper FROM audit_log WHERE action = 'sign' ORDER BY id`,
    );
    expect(entries.map((e: { paper: string }) => e.paper)).toEqual(
      expect.arrayContaining(['coverLetter', 'list', 'minutes', 'decision']),
    );
  });

  it('should sign PDFs only, and only with a body that has a certificate', async () => {
    const docx = await download(xem, `/award-lists/${listId}/cover-letter`, {
      format: 'docx',
      signed: 'true',
    }).expect(422);
    expect(JSON.parse(docx.body.toString()).fieldErrors).toHaveProperty('signed');
    await download(xem, `/award-lists/${listId}/cover-letter`, {
      signed: 'true',
      signedBy: 'UBND',
    }).expect(422);
    await t.http
      .get(`/api/v1/award-lists/${listId}/cover-letter`)
      .query({ signed: 'true' })
      .expect(401);
  });

  it('should replace a body’s certificate, ask which body when several sign, and stop on removal', async () => {
    const first = (await t.http.get('/api/v1/signing-certificates').set(bearer(admin))).body.find(
      (c: { status: string }) => c.status === 'active',
    );
    const renewed = throwawayCertificate({ commonName: 'Sở Nội vụ (gia hạn)' });
    const second = await upload(admin, renewed.p12, { ...body, password: renewed.password }).expect(
      201,
    );
    const [old] = await t.dataSource.query(
      `SELECT status, secret FROM signing_certificates WHERE id = $1`,
      [first.id],
    );
    expect(old).toEqual({ status: 'replaced', secret: null });

    const ubnd = throwawayCertificate({ commonName: 'UBND tỉnh Thử nghiệm' });
    const other = await upload(admin, ubnd.p12, {
      bodyCode: 'UBND',
      bodyName: 'Ủy ban nhân dân tỉnh Thử nghiệm',
      signerName: 'Lê Văn Bình',
      password: ubnd.password,
    }).expect(201);
    const path = `/ballots/${ballotId}/minutes`;
    const choose = await download(xem, path, { signed: 'true' }).expect(422);
    expect(JSON.parse(choose.body.toString()).code).toBe('signing.chooseBody');
    const byUbnd = await download(xem, path, { signed: 'true', signedBy: 'UBND' }).expect(200);
    expect(pdfsig(save('ubnd.pdf', byUbnd.body))).toContain('Common Name: UBND tỉnh Thử nghiệm');

    await t.http
      .delete(`/api/v1/signing-certificates/${other.body.id}`)
      .set(bearer(thuky))
      .expect(403);
    for (const id of [other.body.id, second.body.id])
      await t.http.delete(`/api/v1/signing-certificates/${id}`).set(bearer(admin)).expect(204);
    await t.http
      .delete(`/api/v1/signing-certificates/${id(second)}`)
      .set(bearer(admin))
      .expect(409);
    await download(xem, path, { signed: 'true' }).expect(409);
  });
});

const id = (res: { body: { id: string } }) => res.body.id;
