import { ShareFormatError, WrongSharesError } from './errors';
import { generateKeyPair } from './keys';
import { decodeShare, normalizeShareCode, shareDigest } from './share-codes';
import { combineShares, splitSecretKey } from './shares';

const ballotId = 'ballot-shares';
const { secretKey, publicKey } = generateKeyPair();

describe('committee shares', () => {
  let codes: string[];
  beforeAll(async () => {
    codes = await splitSecretKey(secretKey, ballotId, 3, 2);
  });

  it('are printable codes that carry their member number', () => {
    expect(codes).toHaveLength(3);
    codes.forEach((code, i) => {
      expect(code).toMatch(/^\d{4}(-[0-9A-HJKMNP-TV-Z]{4}){14}$/);
      expect(code.startsWith(`000${i + 1}-`)).toBe(true);
      expect(decodeShare(ballotId, code).index).toBe(i + 1);
      expect(decodeShare(ballotId, code).bytes).toHaveLength(33);
    });
  });

  it('put the key back together from any two of three', async () => {
    for (const pair of [
      [0, 1],
      [0, 2],
      [2, 1],
    ]) {
      const chosen = pair.map((i) => codes[i]);
      await expect(combineShares(ballotId, chosen, publicKey)).resolves.toBe(secretKey);
    }
    await expect(combineShares(ballotId, codes, publicKey)).resolves.toBe(secretKey);
  });

  it('refuse one share alone, and shares of another key', async () => {
    await expect(combineShares(ballotId, [codes[1]], publicKey)).rejects.toThrow(WrongSharesError);
    await expect(combineShares(ballotId, [], publicKey)).rejects.toThrow(WrongSharesError);
    const other = generateKeyPair().publicKey;
    await expect(combineShares(ballotId, codes.slice(0, 2), other)).rejects.toThrow(
      WrongSharesError,
    );
  });

  it('refuse a typo, naming the share', async () => {
    const code = codes[1];
    const at = code.length - 3;
    const typo = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    const error = await combineShares(ballotId, [codes[0], typo], publicKey).catch((e) => e);
    expect(error).toBeInstanceOf(ShareFormatError);
    expect(error).toMatchObject({ problem: 'checksum', position: 1 });
    expect(() => decodeShare(ballotId, code.slice(0, -1))).toThrow(/characters/);
    expect(() => decodeShare(ballotId, code.replace(/.$/, 'U'))).toThrow(ShareFormatError);
    expect(() => decodeShare(ballotId, '0000' + code.slice(4))).toThrow(ShareFormatError);
  });

  it('refuse the same share twice', async () => {
    const error = await combineShares(ballotId, [codes[0], codes[0]], publicKey).catch((e) => e);
    expect(error).toMatchObject({ problem: 'duplicate', position: 1 });
  });

  it('of another ballot do not check', () => {
    expect(() => decodeShare('ballot-other', codes[0])).toThrow(ShareFormatError);
  });

  it('are read forgivingly', () => {
    const code = codes[2];
    const sloppy = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(normalizeShareCode(sloppy)).toBe(code);
    expect(decodeShare(ballotId, sloppy).index).toBe(3);
    expect(normalizeShareCode('ab–cd—ef i')).toBe('ABCD-EF1');
  });

  it('have digests that recognise them without revealing them', () => {
    const digests = codes.map((code) => shareDigest(ballotId, code));
    expect(new Set(digests).size).toBe(3);
    expect(shareDigest(ballotId, codes[0].toLowerCase())).toBe(digests[0]);
    expect(digests[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('work for larger committees and a committee of one', async () => {
    const five = await splitSecretKey(secretKey, ballotId, 5, 3);
    await expect(combineShares(ballotId, [five[4], five[0], five[2]], publicKey)).resolves.toBe(
      secretKey,
    );
    await expect(combineShares(ballotId, [five[4], five[0]], publicKey)).rejects.toThrow(
      WrongSharesError,
    );
    const single = await splitSecretKey(secretKey, ballotId, 1, 1);
    await expect(combineShares(ballotId, single, publicKey)).resolves.toBe(secretKey);
    await expect(splitSecretKey(secretKey, ballotId, 2, 3)).rejects.toThrow(RangeError);
  });
});
