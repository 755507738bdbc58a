import { randomBytes } from 'node:crypto';

import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** One electronic vote, checked against the ballot's rules and ready to be written. */
export interface VoteToWrite {
  ballotId: string;
  meetingId: string;
  /** The signed-in delegate's voter row, or null when the delegate votes with a code. */
  voterId: string | null;
  /** sha-256 of the delegate's one-time code, or null for a signed-in delegate. */
  codeHash: string | null;
  /** Secret ballots: the tracker of the encrypted ballot; open ballots: a receipt code. */
  receipt: string;
  /** Open ballots: the choices in clear (they are named anyway). */
  choices: unknown;
  /** Secret ballots: the encrypted ballot with its proofs, and its ciphertexts' first halves. */
  ciphertext: unknown;
  alphas: string[] | null;
  /** An open (named) ballot also keeps who voted what. */
  isNamed: boolean;
  /** SHA-256 of the vote id the phone made, or null. */
  voteKey: string | null;
  via: 'account' | 'code';
}

/** What the database found for one vote: the voter, the ballot's status, whether it was written. */
export interface VoteWritten {
  isVoterFound: boolean;
  status: string | null;
  isWritten: boolean;
  /** The seat had voted before: with this vote id (a retry) or another. */
  priorVoteKey: string | null;
  hasVoted: boolean;
  /** The receipt is already in the box (a retry of this vote, or a replay of another's). */
  isReceiptSeen: boolean;
  /** One of the ciphertexts is already in the box: a replay. */
  isAlphaSeen: boolean;
}

interface Waiting {
  vote: VoteToWrite;
  resolve: (written: VoteWritten) => void;
  reject: (error: unknown) => void;
}

const RECEIPT_BYTES = 6;
let receiptPool = Buffer.alloc(0);
let receiptOffset = 0;

/**
 * A receipt code: 12 hexadecimal digits from the system's secure random source, drawn 1,024 at a
 * time (one system call per thousand votes rather than one each).
 */
export function newReceipt(): string {
  if (receiptOffset + RECEIPT_BYTES > receiptPool.length) {
    receiptPool = randomBytes(RECEIPT_BYTES * 1024);
    receiptOffset = 0;
  }
  const code = receiptPool.toString('hex', receiptOffset, receiptOffset + RECEIPT_BYTES);
  receiptOffset += RECEIPT_BYTES;
  return code.toUpperCase();
}

/** At most this many votes go into one statement. */
const MAX_BATCH = 250;
/** Statements in flight at once; further votes wait and go together into the next one. */
const MAX_IN_FLIGHT = 4;

/**
 * The statement that writes votes. For each vote it finds the voter (present at the meeting; by
 * code or by voter id), takes the ballot FOR SHARE (closing takes it FOR UPDATE, so a vote and the
 * close never interleave), and for a voter who has not voted yet writes the participation and the
 * anonymous vote — unless the vote's tracker or one of its ciphertexts is already in the box (a
 * replay). The same voter twice in one batch is written once (the first). Should a concurrent
 * statement write the same voter meanwhile, the primary key of ballot_participations fails this
 * whole statement and nothing of it is written (the writer then retries its votes one by one).
 * Votes are inserted in a random order. What it answers for a seat that had voted (the vote key
 * kept, whether the receipt is in the box) lets a retry of the same vote get its receipt again.
 */
const WRITE_VOTES = `
WITH input AS (
  SELECT * FROM unnest($1::int[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::jsonb[],
                       $8::boolean[], $9::jsonb[], $10::jsonb[], $11::text[], $12::text[])
    AS t(idx, ballot_id, meeting_id, voter_id, code_hash, receipt, choices, named, ciphertext, alphas, vote_key, via)
),
found AS (
  SELECT i.*, coalesce(by_code.id, by_id.id) AS vid FROM input i
  LEFT JOIN meeting_voters by_code ON i.voter_id IS NULL AND by_code.code_hash = i.code_hash
   AND by_code.meeting_id = i.meeting_id AND by_code.is_present
  LEFT JOIN meeting_voters by_id ON by_id.id = i.voter_id
   AND by_id.meeting_id = i.meeting_id AND by_id.is_present
),
b AS (SELECT id, status FROM ballots WHERE id IN (SELECT ballot_id FROM input) FOR SHARE),
checked AS (
  SELECT f.*,
         bp.voter_id IS NOT NULL AS has_voted, bp.vote_key AS prior_key,
         EXISTS (SELECT 1 FROM ballot_votes v WHERE v.receipt = f.receipt) AS receipt_seen,
         (f.alphas IS NOT NULL AND EXISTS (
            SELECT 1 FROM ballot_votes v WHERE v.ballot_id = f.ballot_id
               AND v.alphas && ARRAY(SELECT jsonb_array_elements_text(f.alphas))::char(64)[]
         )) AS alpha_seen
    FROM found f
    LEFT JOIN ballot_participations bp ON bp.ballot_id = f.ballot_id AND bp.voter_id = f.vid
),
firsts AS (
  SELECT DISTINCT ON (c.ballot_id, c.vid) c.* FROM checked c JOIN b ON b.id = c.ballot_id
   WHERE b.status = 'open' AND c.vid IS NOT NULL AND NOT c.has_voted AND NOT c.receipt_seen AND NOT c.alpha_seen
   ORDER BY c.ballot_id, c.vid, c.idx
),
p AS (INSERT INTO ballot_participations (ballot_id, voter_id, vote_key, via)
      SELECT ballot_id, vid, vote_key, via FROM firsts ORDER BY ballot_id, vid),
v AS (INSERT INTO ballot_votes (ballot_id, receipt, choices, ciphertext, alphas)
      SELECT ballot_id, receipt, CASE WHEN ciphertext IS NULL THEN choices END, ciphertext,
             CASE WHEN alphas IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(alphas))::char(64)[] END
        FROM firsts ORDER BY random()),
n AS (INSERT INTO ballot_named_votes (ballot_id, voter_id, choices) SELECT ballot_id, vid, choices FROM firsts WHERE named)
SELECT c.idx, c.vid IS NOT NULL AS found, b.status, w.idx IS NOT NULL AS written,
       c.has_voted, c.prior_key, c.receipt_seen, c.alpha_seen
  FROM checked c LEFT JOIN b ON b.id = c.ballot_id LEFT JOIN firsts w ON w.idx = c.idx`;

/**
 * Writes electronic votes with group commit: a vote that arrives while the database is busy
 * waits for the statements in flight and then goes, with every other vote that arrived meanwhile,
 * into one statement and one transaction. A single vote on a quiet server goes at once. Each
 * delegate still gets their own answer, and only after their vote is committed. Should a shared
 * statement fail (say two receipts collide), its votes are retried one by one, so that one bad vote
 * never refuses another.
 */
@Injectable()
export class BallotVotesWriter implements OnApplicationShutdown {
  private queue: Waiting[] = [];
  private inFlight = 0;
  private isFlushScheduled = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  write(vote: VoteToWrite): Promise<VoteWritten> {
    return new Promise<VoteWritten>((resolve, reject) => {
      this.queue.push({ vote, resolve, reject });
      this.scheduleFlush();
    });
  }

  /** Votes still waiting are written before the pool closes. */
  async onApplicationShutdown(): Promise<void> {
    while (this.queue.length || this.inFlight) {
      this.flush();
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  private scheduleFlush(): void {
    if (this.isFlushScheduled) return;
    this.isFlushScheduled = true;
    // After the requests already read in this turn of the event loop have queued their votes.
    setImmediate(() => {
      this.isFlushScheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.queue.length && this.inFlight < MAX_IN_FLIGHT) {
      const batch = this.queue.splice(0, MAX_BATCH);
      this.inFlight += 1;
      void this.writeBatch(batch).finally(() => {
        this.inFlight -= 1;
        if (this.queue.length) this.scheduleFlush();
      });
    }
  }

  private async writeBatch(batch: Waiting[]): Promise<void> {
    try {
      const rows = await this.run(batch.map((w) => w.vote));
      batch.forEach((w, i) => w.resolve(rows[i]));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      await Promise.all(
        batch.map((w) =>
          this.run([w.vote]).then(
            ([row]) => w.resolve(row),
            (e: unknown) => w.reject(e),
          ),
        ),
      );
    }
  }

  private async run(votes: VoteToWrite[]): Promise<VoteWritten[]> {
    const rows = (await this.dataSource.query(WRITE_VOTES, [
      votes.map((_, i) => i),
      votes.map((v) => v.ballotId),
      votes.map((v) => v.meetingId),
      votes.map((v) => v.voterId),
      votes.map((v) => v.codeHash),
      votes.map((v) => v.receipt),
      votes.map((v) => (v.choices === null ? null : JSON.stringify(v.choices))),
      votes.map((v) => v.isNamed),
      votes.map((v) => (v.ciphertext === null ? null : JSON.stringify(v.ciphertext))),
      votes.map((v) => (v.alphas === null ? null : JSON.stringify(v.alphas))),
      votes.map((v) => v.voteKey),
      votes.map((v) => v.via),
    ])) as Array<{
      idx: number;
      found: boolean;
      status: string | null;
      written: boolean;
      has_voted: boolean;
      prior_key: string | null;
      receipt_seen: boolean;
      alpha_seen: boolean;
    }>;
    const byIndex = new Map<number, VoteWritten>();
    for (const r of rows) {
      // A code that matches no voter is one row; the same voter found twice cannot happen (one
      // voter row per code hash and meeting), but the first answer wins should it ever.
      if (!byIndex.has(r.idx))
        byIndex.set(r.idx, {
          isVoterFound: r.found,
          status: r.status,
          isWritten: r.written,
          hasVoted: r.has_voted,
          priorVoteKey: r.prior_key,
          isReceiptSeen: r.receipt_seen,
          isAlphaSeen: r.alpha_seen,
        });
    }
    return votes.map(
      (_, i) =>
        byIndex.get(i) ?? {
          isVoterFound: false,
          status: null,
          isWritten: false,
          hasVoted: false,
          priorVoteKey: null,
          isReceiptSeen: false,
          isAlphaSeen: false,
        },
    );
  }
}
