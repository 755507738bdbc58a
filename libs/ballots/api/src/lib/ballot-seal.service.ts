import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
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
export class BallotSealService implements OnApplicationShutdown {
  private group: Promise<GroupOps<Uint8Array>> | null = null;
  private readonly checkers = new ProofCheckers();

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

  /**
   * Checks a vote's proofs: in the proof-check worker threads when the API runs from its bundle
   * (one per core), else (tests, sources) on this thread.
   */
  async check(params: BallotCryptoParams, ballot: unknown): Promise<BallotCheck> {
    return (
      (await this.checkers.check(params, ballot)) ??
      verifyBallot(await this.groupOps(), params, ballot)
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.checkers.stop();
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

interface Checker {
  worker: Worker;
  pending: Map<number, { resolve: (check: BallotCheck) => void; reject: (e: Error) => void }>;
}

/**
 * The proof-check worker threads (apps/api's bundled `seal-worker.js`, next to `main.js`): as many
 * as the machine has cores, each vote to the least busy. Null when there is no bundled worker.
 */
class ProofCheckers {
  // Next to the script node was started with (a bundle's require.main is not the file's module).
  private readonly path = join(dirname(process.argv[1] ?? ''), 'seal-worker.js');
  private checkers: Checker[] | null = null;
  private nextId = 0;

  async check(params: BallotCryptoParams, ballot: unknown): Promise<BallotCheck | null> {
    const checkers = this.start();
    if (!checkers) return null;
    const checker = checkers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = ++this.nextId;
    return new Promise<BallotCheck>((resolve, reject) => {
      checker.pending.set(id, { resolve, reject });
      checker.worker.postMessage({ id, params, ballot });
    });
  }

  async stop(): Promise<void> {
    const checkers = this.checkers ?? [];
    this.checkers = null;
    await Promise.all(checkers.map((c) => c.worker.terminate()));
  }

  private start(): Checker[] | null {
    if (this.checkers) return this.checkers;
    if (!existsSync(this.path)) return null;
    this.checkers = Array.from({ length: Math.max(1, availableParallelism()) }, () =>
      this.startOne(),
    );
    return this.checkers;
  }

  private startOne(): Checker {
    const checker: Checker = { worker: new Worker(this.path), pending: new Map() };
    checker.worker.unref();
    checker.worker.on('message', (message: { id: number; check?: BallotCheck; error?: string }) => {
      const waiting = checker.pending.get(message.id);
      checker.pending.delete(message.id);
      if (!waiting) return;
      if (message.check) waiting.resolve(message.check);
      else waiting.reject(new Error(message.error ?? 'proof check failed'));
    });
    const fail = (error: Error) => {
      for (const waiting of checker.pending.values()) waiting.reject(error);
      checker.pending.clear();
      // A stopped worker is replaced at the next vote.
      if (this.checkers) this.checkers = this.checkers.filter((c) => c !== checker);
      if (this.checkers?.length === 0) this.checkers = null;
    };
    checker.worker.on('error', fail);
    checker.worker.on('exit', () => fail(new Error('proof-check worker stopped')));
    return checker;
  }
}
