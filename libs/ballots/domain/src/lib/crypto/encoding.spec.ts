import { canonicalJson } from './canonical-json';
import { GROUP_ORDER, scalarFromHex, scalarToHex } from './encoding';
import { nobleGroup as g, nobleVerifyGroup } from './group';

/** RFC 9496 § A.1: encodings of 0·G … 4·G. */
export const MULTIPLES_OF_G = [
  '0000000000000000000000000000000000000000000000000000000000000000',
  'e2f2ae0a6abc4e71a884a961c500515f58e30b6aa582dd8db6a65945e08d2d76',
  '6a493210f7499cd17fecb510ae0cea23a110e8d5b901f8acadd3095c73a3b919',
  '94741f5d5d52755ece4f23f044ee27d5d1ea1e2bd196b462166b16152a9d0259',
  'da80862773358b466ffadfe0b3293ab3d9fd53c5ea6c955358f568322daf6a57',
];

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: [2, { d: 1, c: null }], a: 'x "y"' })).toBe(
      '{"a":"x \\"y\\"","b":[2,{"c":null,"d":1}]}',
    );
    expect(canonicalJson({ é: 1, z: true })).toBe('{"z":true,"é":1}');
  });

  it('refuses what JSON cannot say', () => {
    expect(() => canonicalJson({ a: undefined })).toThrow(TypeError);
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
  });
});

describe('scalars', () => {
  it('are 64 hex digits below L', () => {
    expect(scalarToHex(1n)).toBe('0'.repeat(63) + '1');
    expect(scalarFromHex(scalarToHex(GROUP_ORDER - 1n))).toBe(GROUP_ORDER - 1n);
    expect(() => scalarFromHex(GROUP_ORDER.toString(16).padStart(64, '0'))).toThrow();
    expect(() => scalarFromHex('AB'.repeat(32))).toThrow();
  });
});

describe('nobleGroup', () => {
  it('matches the RFC 9496 multiples of G', () => {
    MULTIPLES_OF_G.forEach((hex, i) => expect(g.encode(g.base(BigInt(i)))).toBe(hex));
    expect(g.encode(g.mul(g.decode(MULTIPLES_OF_G[2]), 2n))).toBe(MULTIPLES_OF_G[4]);
    expect(g.encode(g.base(GROUP_ORDER + 3n))).toBe(MULTIPLES_OF_G[3]);
    expect(g.encode(g.base(-1n))).toBe(g.encode(g.sub(g.identity(), g.base(1n))));
  });

  it('gives the same points in its variable-time form', () => {
    const p = g.base(987654321n);
    for (const s of [0n, 1n, 2n, GROUP_ORDER - 1n, GROUP_ORDER + 5n, 2n ** 255n - 19n]) {
      expect(nobleVerifyGroup.encode(nobleVerifyGroup.base(s))).toBe(g.encode(g.base(s)));
      expect(nobleVerifyGroup.encode(nobleVerifyGroup.mul(p, s))).toBe(g.encode(g.mul(p, s)));
    }
  });

  it('refuses the identity unless allowed', () => {
    expect(() => g.decode(MULTIPLES_OF_G[0])).toThrow();
    expect(g.decode(MULTIPLES_OF_G[0], { allowIdentity: true }).is0()).toBe(true);
  });
});
