import { Injectable } from '@nestjs/common';
import type { CommitteeShareResponse } from '@thidua/ballots/contracts';
import {
  type BallotBoard,
  type BallotCheck,
  type BallotCryptoParams,
  type EncryptedBallot,
  type GroupOps,
  aggregateBallots,
  boardFingerprint,
  combineShares,
  decodeShare,
  decryptTotals,
  generateKeyPair,
  serializeBoard,
  shareDigest,
  splitSecretKey,
  verifyBallot,
} from '@thidua/ballots/domain';

import { sodiumGroup } from './crypto/sodium-group';

/** A new ballot key: the public key to keep, each member's share to print once, their digests. */
export interface NewBallotKey {
  publicKey: string;
  shares: CommitteeShareResponse[];
  digests: Array<{ index: number; digest: string }>;
}

/** The counted box: the decrypted count per candidate position and the board with its fingerprint. */
export interface OpenedBox {
  counts: number[];
  cast: number;
  board: string;
  fingerprint: string;
}

/**
 * The sealed ballot box's cryptography on the server (docs/ballot-verification.md): the key made
 * at the open and split among the counting committee (the secret key is never stored and leaves
 * this process only as the members' shares), the proofs of each vote checked before it is
 * accepted, and at the count the key put together from k shares, used on the per-candidate totals
 * only, and dropped.
 */
@Injectable()
export class BallotSealService {
  private group: Promise<GroupOps<Uint8Array>> | null = null;

  /** libsodium's ristretto255, loaded once (about ten times faster than pure JavaScript). */
  groupOps(): Promise<GroupOps<Uint8Array>> {
    return (this.group ??= sodiumGroup());
  }

  async newKey(ballotId: string, committee: string[], threshold: number): Promise<NewBallotKey> {
    const { secretKey, publicKey } = generateKeyPair();
    const codes = await splitSecretKey(secretKey, ballotId, committee.length, threshold);
    const shares = codes.map((code, i) => ({
      index: decodeShare(ballotId, code).index,
      member: committee[i],
      code,
    }));
    return {
      publicKey,
      shares,
      digests: shares.map((s) => ({ index: s.index, digest: shareDigest(ballotId, s.code) })),
    };
  }

  async check(params: BallotCryptoParams, ballot: unknown): Promise<BallotCheck> {
    return verifyBallot(await this.groupOps(), params, ballot);
  }

  /**
   * Puts the key together from the shares (already recognised by their digests), decrypts the
   * per-candidate totals with proofs, and writes the board. Throws WrongSharesError when the
   * shares do not make the ballot's key.
   */
  async open(
    params: BallotCryptoParams,
    shares: string[],
    votes: EncryptedBallot[],
    board: (tally: BallotBoard['tally']) => BallotBoard,
  ): Promise<OpenedBox> {
    const g = await this.groupOps();
    const secretKey = await combineShares(params.ballotId, shares, params.publicKey);
    const totals = aggregateBallots(g, votes, params.candidateCount);
    const decryptions = decryptTotals(g, secretKey, params, totals, votes.length);
    const counts = decryptions.map((d) => d.count);
    const text = serializeBoard(board({ totals, decryptions, electronic: counts }));
    return { counts, cast: votes.length, board: text, fingerprint: boardFingerprint(text) };
  }
}
