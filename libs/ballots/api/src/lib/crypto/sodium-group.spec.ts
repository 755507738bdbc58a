import {
  type BallotCryptoParams,
  type EncryptedBallot,
  GROUP_ORDER,
  type GroupOps,
  aggregateBallots,
  decryptTotals,
  encryptBallot,
  generateKeyPair,
  nobleGroup,
  verifyBallot,
  verifyDecryption,
} from '@thidua/ballots/domain';

import { sodiumGroup } from './sodium-group';

/** RFC 9496 § A.1 and A.2: multiples of G, and encodings every implementation must refuse. */
const MULTIPLES_OF_G = [
  '0000000000000000000000000000000000000000000000000000000000000000',
  'e2f2ae0a6abc4e71a884a961c500515f58e30b6aa582dd8db6a65945e08d2d76',
  '6a493210f7499cd17fecb510ae0cea23a110e8d5b901f8acadd3095c73a3b919',
  '94741f5d5d52755ece4f23f044ee27d5d1ea1e2bd196b462166b16152a9d0259',
  'da80862773358b466ffadfe0b3293ab3d9fd53c5ea6c955358f568322daf6a57',
];
const BAD_ENCODINGS = [
  '00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
  'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'f3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  '0100000000000000000000000000000000000000000000000000000000000000',
  '01ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  '26948d35ca62e643e26a83177332e6b6afeb9d08e4268b650f1f5bbd8d81d371',
  'E2F2AE0A6ABC4E71A884A961C500515F58E30B6AA582DD8DB6A65945E08D2D76',
  'e2f2',
];

let sodium: GroupOps<Uint8Array>;
beforeAll(async () => {
  sodium = await sodiumGroup();
});

const randomScalar = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(40));
  return BigInt('0x' + Buffer.from(bytes).toString('hex')) % GROUP_ORDER;
};

describe('sodiumGroup', () => {
  it('is loaded once', async () => {
    expect(await sodiumGroup()).toBe(sodium);
  });

  it('gives the RFC 9496 multiples of G', () => {
    MULTIPLES_OF_G.forEach((hex, i) => expect(sodium.encode(sodium.base(BigInt(i)))).toBe(hex));
  });

  it.each(BAD_ENCODINGS)('refuses %s like noble does', (hex) => {
    expect(() => sodium.decode(hex)).toThrow(
      expect.objectContaining({ name: 'CryptoFormatError' }),
    );
    expect(() => nobleGroup.decode(hex)).toThrow(
      expect.objectContaining({ name: 'CryptoFormatError' }),
    );
  });

  it('refuses the identity unless allowed, and answers identity results itself', () => {
    const zero = MULTIPLES_OF_G[0];
    expect(() => sodium.decode(zero)).toThrow();
    const identity = sodium.decode(zero, { allowIdentity: true });
    const g = sodium.base(1n);
    expect(sodium.encode(sodium.base(0n))).toBe(zero);
    expect(sodium.encode(sodium.base(GROUP_ORDER))).toBe(zero);
    expect(sodium.encode(sodium.mul(g, 0n))).toBe(zero);
    expect(sodium.encode(sodium.mul(identity, 5n))).toBe(zero);
    expect(sodium.encode(sodium.sub(g, g))).toBe(zero);
    expect(sodium.encode(sodium.add(identity, g))).toBe(MULTIPLES_OF_G[1]);
    expect(sodium.encode(sodium.sub(identity, g))).toBe(nobleGroup.encode(nobleGroup.base(-1n)));
    expect(sodium.eq(sodium.identity(), identity)).toBe(true);
  });

  it('agrees with noble on random operations', () => {
    for (let i = 0; i < 20; i++) {
      const [a, b, s] = [randomScalar(), randomScalar(), randomScalar()];
      const [pa, pb] = [sodium.base(a), sodium.base(b)];
      const [na, nb] = [nobleGroup.base(a), nobleGroup.base(b)];
      expect(sodium.encode(pa)).toBe(nobleGroup.encode(na));
      expect(sodium.encode(sodium.mul(pa, s))).toBe(nobleGroup.encode(nobleGroup.mul(na, s)));
      expect(sodium.encode(sodium.mul(pa, s + GROUP_ORDER))).toBe(sodium.encode(sodium.mul(pa, s)));
      expect(sodium.encode(sodium.add(pa, pb))).toBe(nobleGroup.encode(nobleGroup.add(na, nb)));
      expect(sodium.encode(sodium.sub(pa, pb))).toBe(nobleGroup.encode(nobleGroup.sub(na, nb)));
      expect(sodium.eq(sodium.decode(nobleGroup.encode(na)), pa)).toBe(true);
    }
  });
});

describe('noble and sodium on the same ballots', () => {
  const { secretKey, publicKey } = generateKeyPair();
  const params: BallotCryptoParams = {
    ballotId: 'ballot-parity',
    publicKey,
    candidateCount: 5,
    minMarks: 0,
    maxMarks: 2,
  };
  const votes = [
    [1, 0, 0, 1, 0],
    [0, 0, 1, 1, 0],
    [0, 0, 0, 0, 0],
    [1, 0, 0, 0, 0],
  ];
  const ballots = votes.map((marks) => encryptBallot(params, marks));
  const clone = (b: EncryptedBallot): EncryptedBallot => JSON.parse(JSON.stringify(b));

  it('verify alike, good and tampered', () => {
    for (const ballot of ballots)
      expect(verifyBallot(sodium, params, ballot)).toEqual({ ok: true });
    const tampered = clone(ballots[0]);
    tampered.choices[3].beta = nobleGroup.encode(
      nobleGroup.add(nobleGroup.decode(tampered.choices[3].beta), nobleGroup.base(1n)),
    );
    const overall = clone(ballots[1]);
    (overall.overall ?? [])[1].challenge = '0'.repeat(64);
    const identity = clone(ballots[2]);
    identity.choices[1].alpha = '0'.repeat(64);
    for (const ballot of [tampered, overall, identity, { ...ballots[3], extra: 1 }]) {
      expect(verifyBallot(sodium, params, ballot)).toEqual(
        verifyBallot(nobleGroup, params, ballot),
      );
    }
    expect(verifyBallot(sodium, params, tampered)).toEqual({
      ok: false,
      reason: 'proof',
      index: 3,
    });
    expect(verifyBallot(sodium, params, overall)).toEqual({ ok: false, reason: 'overall' });
    expect(verifyBallot(sodium, params, identity)).toEqual({
      ok: false,
      reason: 'point',
      index: 1,
    });
  });

  it('add up, decrypt and check each other’s decryptions', () => {
    const totals = aggregateBallots(sodium, ballots, 5);
    expect(totals).toEqual(aggregateBallots(nobleGroup, ballots, 5));
    const bySodium = decryptTotals(sodium, secretKey, params, totals, ballots.length);
    const byNoble = decryptTotals(nobleGroup, secretKey, params, totals, ballots.length);
    expect(bySodium.map((d) => d.count)).toEqual([2, 0, 1, 2, 0]);
    expect(bySodium.map((d) => d.factor)).toEqual(byNoble.map((d) => d.factor));
    totals.forEach((total, i) => {
      expect(verifyDecryption(nobleGroup, params, total, bySodium[i], 4)).toBe(true);
      expect(verifyDecryption(sodium, params, total, byNoble[i], 4)).toBe(true);
      expect(verifyDecryption(sodium, params, total, { ...byNoble[i], count: 9 }, 9)).toBe(false);
    });
  });

  it('decrypt an empty box alike', () => {
    const empty = aggregateBallots(sodium, [], 5);
    const decryptions = decryptTotals(sodium, secretKey, params, empty, 0);
    expect(decryptions.map((d) => d.count)).toEqual([0, 0, 0, 0, 0]);
    expect(verifyDecryption(nobleGroup, params, empty[0], decryptions[0], 0)).toBe(true);
  });
});
