import { randomUUID } from 'node:crypto';

import fc from 'fast-check';
import { zipSync } from 'fflate';

/** No lone surrogate: such a string cannot even be put in a URL (the client refuses it). */
const wellFormed = (s: string) =>
  !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

/** Strings an attacker, a bad keyboard or a pasted PDF sends. */
export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom(
      '',
      '   ',
      "' OR 1=1; DROP TABLE units; --",
      '"; SELECT pg_sleep(5); --',
      '\\x00\\\\%_*',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg/onload=alert(1)>',
      '{{constructor.constructor("alert(1)")()}}',
      'a\u0000b',
      'nul\u0007bell\u001bescape',
      '\u202eRTL override',
      '\ud800 lone surrogate',
      '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀👍🏽',
      'Lào Cai'.normalize('NFD'),
      'Ủy ban Kiểm tra Tỉnh ủy'.normalize('NFD'),
      '../../../../etc/passwd',
      '2024-02-30',
      '9999-99-99',
      'not-a-uuid',
      '00000000-0000-0000-0000-000000000000',
    ),
    fc.constantFrom(10_000, 70_000).map((n) => 'Ế'.repeat(n)),
  );

export const hostileNumber = (): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(
      -1,
      0,
      -2_147_483_649,
      2_147_483_648,
      Number.MAX_SAFE_INTEGER,
      1e308,
      -1e308,
      0.1,
      1e-7,
      1e-320,
      5e-324,
      -2.5e-8,
    ),
  );

/** Any JSON value that does not belong where it is put. */
export const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: hostileString() },
    { weight: 3, arbitrary: hostileNumber() },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(randomUUID()) },
    { weight: 1, arbitrary: fc.array(hostileString(), { maxLength: 3 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom({}, { $ne: null }, { __proto__: { isAdmin: true } }, [[[]]]),
    },
    { weight: 1, arbitrary: fc.constant(Array.from({ length: 2000 }, (_, i) => i)) },
  );

export type Mutation =
  | { kind: 'replaceBody'; value: unknown }
  | { kind: 'setField'; path: string[]; value: unknown }
  | { kind: 'dropField'; path: string[] }
  | { kind: 'extraField'; name: string; value: unknown }
  | { kind: 'param'; name: string; value: string }
  | { kind: 'query'; name: string; value: string };

/** The paths of the body's fields, nested objects and the first item of lists included. */
export function fieldPaths(body: unknown, prefix: string[] = []): string[][] {
  if (body === null || typeof body !== 'object') return [];
  const out: string[][] = [];
  const entries = Array.isArray(body)
    ? body.length
      ? [['0', body[0]] as const]
      : []
    : Object.entries(body as Record<string, unknown>);
  for (const [k, v] of entries) {
    out.push([...prefix, k]);
    out.push(...fieldPaths(v, [...prefix, k]));
  }
  return out;
}

export function mutations(
  body: unknown,
  params: string[],
  schemaFields: string[],
): fc.Arbitrary<Mutation> {
  const paths = fieldPaths(body);
  const fields = [...new Set([...paths.map((p) => p.join('.')), ...schemaFields])];
  const options: Array<fc.WeightedArbitrary<Mutation>> = [
    {
      weight: 1,
      arbitrary: hostileValue().map((value) => ({ kind: 'replaceBody' as const, value })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            'isAdmin',
            'role',
            'id',
            'version',
            '__proto__',
            'constructor',
            'prototype',
            'créé',
          ),
          hostileValue(),
        )
        .map(([name, value]) => ({ kind: 'extraField' as const, name, value })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('page', 'pageSize', 'format', 'dryRun', 'purpose', 'code', 'x'),
          // Node itself refuses request lines over 16 KB, before the API sees them.
          hostileString().filter((v) => v.length < 400 && wellFormed(v)),
        )
        .map(([name, value]) => ({ kind: 'query' as const, name, value })),
    },
  ];
  if (fields.length) {
    const path = fc.constantFrom(...fields).map((f) => f.split('.'));
    options.push(
      {
        weight: 6,
        arbitrary: fc
          .tuple(path, hostileValue())
          .map(([p, value]) => ({ kind: 'setField' as const, path: p, value })),
      },
      { weight: 2, arbitrary: path.map((p) => ({ kind: 'dropField' as const, path: p })) },
    );
  }
  if (params.length) {
    options.push({
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...params),
          fc.oneof(
            fc.constant(randomUUID()),
            fc.constantFrom(
              '1',
              '-1',
              '99999999999',
              '2024.5',
              "1' OR '1'='1",
              '%00',
              'null',
              '..%2F..',
            ),
            hostileString().filter((s) => s.length > 0 && s.length < 200 && wellFormed(s)),
          ),
        )
        .map(([name, value]) => ({ kind: 'param' as const, name, value })),
    });
  }
  return fc.oneof(...options);
}

/** The mutated copy of a valid body. */
export function applyMutation(body: unknown, m: Mutation): unknown {
  if (m.kind === 'replaceBody') return m.value;
  const copy = structuredClone(body ?? {}) as Record<string, unknown>;
  if (m.kind === 'extraField') {
    if (copy && typeof copy === 'object' && !Array.isArray(copy))
      Object.defineProperty(copy, m.name, { value: m.value, enumerable: true, writable: true });
    return copy;
  }
  if (m.kind === 'setField' || m.kind === 'dropField') {
    let node: Record<string, unknown> = copy;
    for (const key of m.path.slice(0, -1)) {
      const next = node?.[key];
      if (next === null || typeof next !== 'object') {
        node[key] = {};
      }
      node = node[key] as Record<string, unknown>;
    }
    const last = m.path[m.path.length - 1];
    if (m.kind === 'dropField') delete node[last];
    else node[last] = m.value;
  }
  return copy;
}

/** A body sent as it is, the content type it goes with, and the statuses that refuse it. */
export interface MalformedBody {
  label: string;
  type: string;
  body: string;
  status: number;
}

/**
 * Bodies every write endpoint refuses before anything reads them (`takesFile`: an upload route,
 * which takes a multipart form only): nesting, length, prototype keys and content types.
 */
export function malformedBodies(takesFile: boolean): MalformedBody[] {
  const json = 'application/json';
  return [
    {
      label: '[[[…]]] 5,000 deep',
      type: json,
      body: '['.repeat(5000) + ']'.repeat(5000),
      status: 400,
    },
    {
      label: '{"a":{…}} 40 deep',
      type: json,
      body: '{"a":'.repeat(40) + '1' + '}'.repeat(40),
      status: 400,
    },
    {
      label: 'a list of 20,001 items',
      type: json,
      body: JSON.stringify({ ids: Array(20_001).fill(0) }),
      status: 413,
    },
    {
      label: 'an object of 20,001 fields',
      type: json,
      body: JSON.stringify(
        Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`f${i}`, 1])),
      ),
      status: 413,
    },
    { label: '__proto__', type: json, body: '{"__proto__":{"isAdmin":true}}', status: 400 },
    {
      label: 'constructor.prototype',
      type: json,
      body: '{"x":[{"constructor":{"prototype":{"isAdmin":true}}}]}',
      status: 400,
    },
    { label: 'text/plain', type: 'text/plain', body: '{}', status: 415 },
    {
      label: 'form-encoded',
      type: 'application/x-www-form-urlencoded',
      body: 'a[b][c][d]=1&isAdmin=true',
      status: 415,
    },
    { label: 'XML', type: 'application/xml', body: '<unit><name>x</name></unit>', status: 415 },
    { label: 'JSON in another charset', type: `${json}; charset=latin1`, body: '{}', status: 415 },
    takesFile
      ? { label: 'JSON to an upload', type: json, body: '{}', status: 415 }
      : { label: 'a multipart form', type: 'multipart', body: '{}', status: 415 },
  ];
}

/** Files that must be refused: wrong type, renamed executables, oversize, zip bombs. */
export function hostileFiles(): Array<{ label: string; name: string; content: Buffer }> {
  const exe = Buffer.concat([
    Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
    Buffer.alloc(2048, 1),
  ]);
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(1024)]);
  const bomb = (entry: string) =>
    inflateTo(
      Buffer.from(
        zipSync(
          {
            '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
            [entry]: new Uint8Array(1024 * 1024),
          },
          { level: 9 },
        ),
      ),
      0xf0000000,
    );
  const manyEntries = Buffer.from(
    zipSync(
      Object.fromEntries([
        ['word/document.xml', new Uint8Array(1)],
        ...Array.from({ length: 6000 }, (_, i) => [`x/${i}`, new Uint8Array(0)]),
      ]),
    ),
  );
  // A real bomb whose headers lie: 150 MB of zeros that the zip says are 1 KB.
  const zeros = new Uint8Array(150 * 1024 * 1024);
  const understated = (entry: string) =>
    inflateTo(Buffer.from(zipSync({ [entry]: zeros }, { level: 9 })), 1024);
  const oversize = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024, 0x20)]);
  return [
    {
      label: 'text named .pdf',
      name: 'bao-cao.pdf',
      content: Buffer.from('Xin chào, đây không phải PDF'),
    },
    {
      label: 'html named .docx',
      name: 'bao-cao.docx',
      content: Buffer.from('<script>alert(1)</script>'),
    },
    { label: 'executable renamed .pdf', name: 'bao-cao.pdf', content: exe },
    { label: 'executable renamed .xlsx', name: 'danh-sach.xlsx', content: exe },
    { label: 'ELF renamed .docx', name: 'van-ban.docx', content: elf },
    { label: 'PDF named .exe', name: 'setup.exe', content: Buffer.from('%PDF-1.4\n%%EOF\n') },
    { label: 'empty file', name: 'rong.pdf', content: Buffer.alloc(0) },
    {
      label: 'broken zip named .xlsx',
      name: 'hong.xlsx',
      content: Buffer.from('PK\u0003\u0004garbage'),
    },
    { label: 'zip bomb .docx', name: 'bom.docx', content: bomb('word/document.xml') },
    { label: 'zip bomb .xlsx', name: 'bom.xlsx', content: bomb('xl/workbook.xml') },
    {
      label: 'zip bomb .docx with understated sizes',
      name: 'bom-gia.docx',
      content: understated('word/document.xml'),
    },
    {
      label: 'zip bomb .xlsx with understated sizes',
      name: 'bom-gia.xlsx',
      content: understated('xl/workbook.xml'),
    },
    { label: 'zip of 6000 entries', name: 'nhieu.docx', content: manyEntries },
    { label: 'oversize PDF (11 MB)', name: 'lon.pdf', content: oversize },
  ];
}

/**
 * Rewrites the uncompressed size every entry declares, in the local headers and in the central
 * directory: about 4 GB makes a bomb without spending the time to build one; a small size hides one.
 */
function inflateTo(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && i + 26 <= out.length) out.writeUInt32LE(size, i + 22);
    else if (sig === 0x02014b50 && i + 28 <= out.length) out.writeUInt32LE(size, i + 24);
  }
  return out;
}
