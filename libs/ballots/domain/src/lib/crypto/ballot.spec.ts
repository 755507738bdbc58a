import type { BallotCryptoParams, EncryptedBallot } from './ballot.types';
import { GROUP_ORDER, modL, scalarFromHex, scalarToHex } from './encoding';
import { encryptBallot } from './encrypt-ballot';
import { CryptoFormatError } from './errors';
import { nobleGroup as g } from './group';
import { aggregateBallots, decryptTotals, verifyDecryption } from './homomorphic-tally';
import { generateKeyPair } from './keys';
import { proveOneOf } from './disjunctive-proof';
import { overallTranscript } from './proof-context';
import { trackerOf, verifyBallot } from './verify-ballot';

const { secretKey, publicKey } = generateKeyPair();
const chooseTwoOfFour: BallotCryptoParams = {
  ballotId: 'ballot-a',
  publicKey,
  candidateCount: 4,
  minMarks: 0,
  maxMarks: 2,
};
const approvalOfThree: BallotCryptoParams = {
  ...chooseTwoOfFour,
  candidateCount: 3,
  maxMarks: null,
};

const clone = (b: EncryptedBallot): EncryptedBallot => JSON.parse(JSON.stringify(b));
/** Another valid point: the same encoding plus G, so a change reaches the proofs, not the decoding. */
const otherPoint = (hex: string) => g.encode(g.add(g.decode(hex), g.base(1n)));
const otherScalar = (hex: string) => scalarToHex(modL(scalarFromHex(hex) + 1n));

function countRoundTrip(params: BallotCryptoParams, votes: number[][]): number[] {
  const ballots = votes.map((marks) => encryptBallot(params, marks));
  for (const ballot of ballots) expect(verifyBallot(g, params, ballot)).toEqual({ ok: true });
  const totals = aggregateBallots(g, ballots, params.candidateCount);
  const decryptions = decryptTotals(g, secretKey, params, totals, ballots.length);
  decryptions.forEach((d, i) =>
    expect(verifyDecryption(g, params, totals[i], d, ballots.length)).toBe(true),
  );
  return decryptions.map((d) => d.count);
}

describe('a ballot from the voter to the count', () => {
  it('counts a choose-K ballot', () => {
    const votes = [
      [1, 0, 1, 0],
      [0, 0, 1, 1],
      [0, 0, 0, 0],
    ];
    expect(countRoundTrip(chooseTwoOfFour, votes)).toEqual([1, 0, 2, 1]);
  });

  it('counts an approval ballot, with every candidate marked', () => {
    const votes = [
      [1, 1, 1],
      [0, 1, 0],
    ];
    expect(countRoundTrip(approvalOfThree, votes)).toEqual([1, 2, 1]);
  });

  it('counts an empty box as zeros on identity totals', () => {
    const totals = aggregateBallots(g, [], 2);
    expect(totals).toEqual([
      { alpha: '0'.repeat(64), beta: '0'.repeat(64) },
      { alpha: '0'.repeat(64), beta: '0'.repeat(64) },
    ]);
    const params = { ...approvalOfThree, candidateCount: 2 };
    const decryptions = decryptTotals(g, secretKey, params, totals, 0);
    expect(decryptions.map((d) => d.count)).toEqual([0, 0]);
    expect(verifyDecryption(g, params, totals[0], decryptions[0], 0)).toBe(true);
  });

  it('never reuses randomness: the same marks encrypt differently', () => {
    const a = encryptBallot(approvalOfThree, [1, 0, 1]);
    const b = encryptBallot(approvalOfThree, [1, 0, 1]);
    expect(a.choices[0].alpha).not.toBe(b.choices[0].alpha);
    expect(trackerOf(a)).not.toBe(trackerOf(b));
    expect(trackerOf(a)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('a tampered ballot', () => {
  const ballot = encryptBallot(chooseTwoOfFour, [0, 1, 1, 0]);

  it.each([
    ['alpha', (b: EncryptedBallot) => (b.choices[1].alpha = otherPoint(b.choices[1].alpha))],
    ['beta', (b: EncryptedBallot) => (b.choices[1].beta = otherPoint(b.choices[1].beta))],
    [
      'commitmentA',
      (b: EncryptedBallot) => {
        b.choices[1].proof[0].commitmentA = otherPoint(b.choices[1].proof[0].commitmentA);
      },
    ],
    [
      'commitmentB',
      (b: EncryptedBallot) => {
        b.choices[1].proof[1].commitmentB = otherPoint(b.choices[1].proof[1].commitmentB);
      },
    ],
    [
      'challenge',
      (b: EncryptedBallot) => {
        b.choices[1].proof[0].challenge = otherScalar(b.choices[1].proof[0].challenge);
      },
    ],
    [
      'response',
      (b: EncryptedBallot) => {
        b.choices[1].proof[1].response = otherScalar(b.choices[1].proof[1].response);
      },
    ],
  ])('with a changed %s is refused for its candidate', (_, tamper) => {
    const changed = clone(ballot);
    tamper(changed);
    expect(verifyBallot(g, chooseTwoOfFour, changed)).toEqual({
      ok: false,
      reason: 'proof',
      index: 1,
    });
  });

  it('with challenges moved between branches is refused', () => {
    const changed = clone(ballot);
    const [first, second] = changed.choices[2].proof;
    [first.challenge, second.challenge] = [second.challenge, first.challenge];
    expect(verifyBallot(g, chooseTwoOfFour, changed)).toMatchObject({ ok: false, reason: 'proof' });
  });

  it('with a changed overall proof is refused as overall', () => {
    const changed = clone(ballot);
    const branch = (changed.overall ?? [])[0];
    branch.response = otherScalar(branch.response);
    expect(verifyBallot(g, chooseTwoOfFour, changed)).toEqual({ ok: false, reason: 'overall' });
  });

  it('is refused when a proof is moved to another ballot or another candidate', () => {
    expect(verifyBallot(g, { ...chooseTwoOfFour, ballotId: 'ballot-b' }, ballot)).toMatchObject({
      ok: false,
      reason: 'proof',
      index: 0,
    });
    const swapped = clone(ballot);
    [swapped.choices[0], swapped.choices[3]] = [swapped.choices[3], swapped.choices[0]];
    expect(verifyBallot(g, chooseTwoOfFour, swapped)).toEqual({
      ok: false,
      reason: 'proof',
      index: 0,
    });
    const other = generateKeyPair().publicKey;
    expect(verifyBallot(g, { ...chooseTwoOfFour, publicKey: other }, ballot)).toMatchObject({
      ok: false,
    });
  });
});

describe('too many marks', () => {
  it('cannot be encrypted', () => {
    expect(() => encryptBallot(chooseTwoOfFour, [1, 1, 1, 0])).toThrow(CryptoFormatError);
    expect(() => encryptBallot(chooseTwoOfFour, [1, 2, 0, 0])).toThrow(CryptoFormatError);
    expect(() => encryptBallot(chooseTwoOfFour, [1, 0, 0])).toThrow(CryptoFormatError);
  });

  it('cannot be proved: a forged overall proof for three marks fails', () => {
    // Honest 0/1 proofs for three marks, then an overall proof made as if the sum were 2.
    const threeMarks = encryptBallot({ ...chooseTwoOfFour, maxMarks: 3 }, [1, 1, 1, 0]);
    const forged = clone(threeMarks);
    const alphas = forged.choices.map((c) => g.decode(c.alpha));
    const betas = forged.choices.map((c) => g.decode(c.beta));
    const sum = {
      alpha: alphas.reduce((a, b) => g.add(a, b)),
      beta: betas.reduce((a, b) => g.add(a, b)),
    };
    const transcript = overallTranscript(chooseTwoOfFour, g.encode(sum.alpha), g.encode(sum.beta));
    // Without the randomness the prover can only guess; any value for it gives a failing proof.
    forged.overall = proveOneOf(g, g.decode(publicKey), sum, 12345n, 2, [0, 1, 2], transcript);
    expect(verifyBallot(g, chooseTwoOfFour, forged)).toEqual({ ok: false, reason: 'overall' });
  });
});

// Malformed input on purpose: these tests write what the types forbid.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Untyped = any;

describe('malformed input never throws', () => {
  const ballot = encryptBallot(approvalOfThree, [1, 0, 0]);
  const shaped = (mutate: (b: Untyped) => unknown) => {
    const changed: Untyped = clone(ballot);
    mutate(changed);
    return verifyBallot(g, approvalOfThree, changed);
  };

  it.each([
    ['non-hex', (b: Untyped) => (b.choices[0].alpha = 'zz'.repeat(32))],
    ['upper-case hex', (b: Untyped) => (b.choices[0].alpha = b.choices[0].alpha.toUpperCase())],
    ['a short point', (b: Untyped) => (b.choices[0].beta = b.choices[0].beta.slice(2))],
    [
      'a scalar ≥ L',
      (b: Untyped) => (b.choices[0].proof[0].response = GROUP_ORDER.toString(16).padStart(64, '0')),
    ],
    ['an extra key', (b: Untyped) => (b.choices[0].note = 'x')],
    ['a missing key', (b: Untyped) => delete b.choices[0].proof[1].challenge],
    ['a third branch', (b: Untyped) => b.choices[0].proof.push(b.choices[0].proof[0])],
    ['a missing choice', (b: Untyped) => b.choices.pop()],
    ['an overall proof where none belongs', (b: Untyped) => (b.overall = [])],
  ])('%s is a shape error', (_, mutate) => {
    expect(shaped(mutate)).toMatchObject({ ok: false, reason: 'shape' });
  });

  it.each([null, 42, 'ballot', [], {}, { choices: null, overall: null }])(
    '%p is a shape error',
    (value) => {
      expect(verifyBallot(g, approvalOfThree, value)).toEqual({ ok: false, reason: 'shape' });
    },
  );

  it.each([
    ['the identity as alpha', (b: Untyped) => (b.choices[2].alpha = '0'.repeat(64))],
    ['a non-canonical point', (b: Untyped) => (b.choices[2].beta = 'f'.repeat(62) + '7f')],
    ['a negative field element', (b: Untyped) => (b.choices[2].alpha = '01' + '0'.repeat(62))],
    [
      'a commitment off the curve',
      (b: Untyped) => {
        b.choices[2].proof[0].commitmentA =
          '26948d35ca62e643e26a83177332e6b6afeb9d08e4268b650f1f5bbd8d81d371';
      },
    ],
  ])('%s is a point error', (_, mutate) => {
    expect(shaped(mutate)).toEqual({ ok: false, reason: 'point', index: 2 });
  });
});

describe('decryption proofs', () => {
  const params = approvalOfThree;
  const ballots = [encryptBallot(params, [1, 1, 0]), encryptBallot(params, [0, 1, 0])];
  const totals = aggregateBallots(g, ballots, 3);
  const decryptions = decryptTotals(g, secretKey, params, totals, 2);

  it('verify, and fail for a wrong factor, count or total', () => {
    expect(decryptions.map((d) => d.count)).toEqual([1, 2, 0]);
    const wrongFactor = { ...decryptions[0], factor: otherPoint(decryptions[0].factor) };
    expect(verifyDecryption(g, params, totals[0], wrongFactor, 2)).toBe(false);
    expect(verifyDecryption(g, params, totals[0], { ...decryptions[0], count: 2 }, 2)).toBe(false);
    expect(verifyDecryption(g, params, totals[1], decryptions[0], 2)).toBe(false);
    expect(verifyDecryption(g, params, totals[1], decryptions[1], 1)).toBe(false);
  });

  it('cannot be made with another key, and say so when no count fits', () => {
    const other = generateKeyPair().secretKey;
    expect(() => decryptTotals(g, other, params, totals, 2)).toThrow(CryptoFormatError);
    expect(() => decryptTotals(g, secretKey, params, totals, 1)).toThrow(/between 0 and 1/);
  });
});
