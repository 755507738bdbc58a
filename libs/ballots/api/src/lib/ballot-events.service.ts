import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BallotTurnoutResponse } from '@thidua/ballots/contracts';
import { Client } from 'pg';
import {
  type Observable,
  Subject,
  auditTime,
  concat,
  defer,
  filter,
  from,
  interval,
  map,
  merge,
  mergeMap,
} from 'rxjs';
import { DataSource, EntityManager } from 'typeorm';

const CHANNEL = 'ballot_events';
/** How often at most a ballot's new votes are announced to the live turnout. */
export const VOTE_NEWS_INTERVAL_MS = 250;

export interface SseMessage {
  data: BallotTurnoutResponse | { type: 'ping' };
}

/**
 * Live turnout for projectors and delegates' phones. Every change is announced with PostgreSQL
 * NOTIFY (inside the writing transaction, or for votes just after it, coalesced); each API instance LISTENs on one connection and pushes the
 * news to its own Server-Sent-Events clients, so several instances behind a load balancer all see
 * every vote.
 */
@Injectable()
export class BallotEventsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(BallotEventsService.name);
  private readonly events = new Subject<string>();
  private client: Client | null = null;
  private readonly retired = new WeakSet<Client>();
  private stopped = false;
  /** Ballots whose new votes are about to be announced. */
  private readonly pending = new Set<string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.events.complete();
    await this.client?.end().catch(() => undefined);
  }

  /** Announces a change of a ballot; delivered when the transaction commits. */
  async publish(manager: EntityManager, ballotId: string): Promise<void> {
    await manager.query(`SELECT pg_notify($1, $2)`, [CHANNEL, ballotId]);
  }

  /**
   * Announces new votes, at most once per ballot every {@link VOTE_NEWS_INTERVAL_MS}. A NOTIFY in a
   * transaction makes PostgreSQL commit those transactions one after the other, so votes announce
   * themselves after their commit, coalesced: a burst of votes costs one NOTIFY, not one each.
   */
  publishSoon(ballotId: string): void {
    if (this.pending.has(ballotId) || this.stopped) return;
    this.pending.add(ballotId);
    setTimeout(() => {
      this.pending.delete(ballotId);
      this.dataSource
        .query(`SELECT pg_notify($1, $2)`, [CHANNEL, ballotId])
        .catch((error: unknown) => this.logger.warn({ err: error, ballotId }, 'vote news lost'));
    }, VOTE_NEWS_INTERVAL_MS).unref();
  }

  async turnout(
    ballotId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BallotTurnoutResponse> {
    const [row] = (await manager.query(
      `SELECT b.status,
              (SELECT count(*)::int FROM ballot_participations p WHERE p.ballot_id = b.id) AS voted,
              coalesce(b.present_count, (SELECT count(*)::int FROM meeting_voters v WHERE v.meeting_id = b.meeting_id AND v.is_present))::int AS voters
         FROM ballots b WHERE b.id = $1`,
      [ballotId],
    )) as Array<{ status: BallotTurnoutResponse['status']; voted: number; voters: number }>;
    return { ballotId, status: row.status, votedCount: row.voted, voterCount: row.voters };
  }

  /** The turnout now, then on every change, with a ping every 15 s to keep proxies from closing. */
  stream(ballotId: string): Observable<SseMessage> {
    // A hall of phones votes within seconds: one count per 200 ms is enough for a projector.
    const updates = this.events.pipe(
      filter((id) => id === ballotId),
      auditTime(200),
      mergeMap(() => from(this.turnout(ballotId))),
    );
    const pings = interval(15_000).pipe(map((): SseMessage => ({ data: { type: 'ping' } })));
    return merge(
      concat(
        defer(() => from(this.turnout(ballotId))),
        updates,
      ).pipe(map((data): SseMessage => ({ data }))),
      pings,
    );
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const options = this.dataSource.options as { url?: string };
    const client = new Client({ connectionString: options.url });
    client.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload) this.events.next(message.payload);
    });
    client.on('error', (error) => {
      this.logger.warn(`ballot events connection lost: ${error.message}`);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.client = client;
    } catch (error) {
      this.logger.warn(`cannot listen for ballot events yet: ${(error as Error).message}`);
      this.reconnect(client);
    }
  }

  private reconnect(client: Client): void {
    if (this.stopped || this.retired.has(client)) return;
    this.retired.add(client);
    if (this.client === client) this.client = null;
    client.removeAllListeners();
    client.end().catch(() => undefined);
    setTimeout(() => void this.listen(), 1000).unref();
  }
}
