export * from './ballot.types';
export * from './board';
export { type BoardProblem, type BoardProblemCode, englishOf } from './board-problems';
export { type BoardCheck, verifyBoard } from './verify-board';
export { canonicalJson } from './canonical-json';
export { type Hex, GROUP_ORDER, IDENTITY_HEX } from './encoding';
export * from './errors';
export { encryptBallot } from './encrypt-ballot';
export {
  type DecodeOptions,
  type GroupOps,
  type NoblePoint,
  nobleGroup,
  nobleVerifyGroup,
} from './group';
export {
  type DecryptionProblem,
  aggregateBallots,
  checkDecryption,
  decryptTotals,
  verifyDecryption,
} from './homomorphic-tally';
export { generateKeyPair } from './keys';
export { decodeShare, normalizeShareCode, shareDigest } from './share-codes';
export { combineShares, splitSecretKey } from './shares';
export { trackerOf, verifyBallot } from './verify-ballot';
