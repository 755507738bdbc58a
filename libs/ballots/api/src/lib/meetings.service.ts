import { createHash, randomInt } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hasQuorum } from '@thidua/ballots/domain';
import type { MeetingResponse, VoterCodeResponse } from '@thidua/ballots/contracts';
import { BlocAccessService, BlocsService } from '@thidua/registry/api';
import {
  AuditService,
  type AuthUser,
  checkVersion,
  conflict,
  forbidden,
  invalidFields,
  notFound,
} from '@thidua/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';

import type {
  MeetingListQueryDto,
  ReissueCodeDto,
  SaveMeetingDto,
  SaveVotersDto,
} from './dto/ballots.dto';
import { VotingCodeReissueEntity } from './entities/ballot.entity';
import { MeetingEntity, MeetingVoterEntity } from './entities/meeting.entity';

export const hashCode = (code: string) =>
  createHash('sha256').update(code.toUpperCase()).digest('hex');
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** An 8-character code without look-alike letters (no I, O, 0, 1). */
export function newVotingCode(): string {
  return Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

interface CodeVoterRow {
  id: string;
  delegate_name: string;
  unit_id: string | null;
  code: string | null;
  name: string | null;
  short_name: string | null;
  had_code: boolean;
}

/** k of n: the committee shares that count a secret ballot; by default a majority (2 of 3). */
export function committeeThresholdOf(
  m: Pick<MeetingEntity, 'committeeThreshold' | 'countingCommittee'>,
): number {
  const size = m.countingCommittee.length;
  return Math.min(size, m.committeeThreshold ?? Math.floor(size / 2) + 1);
}

function checkCommitteeThreshold(dto: SaveMeetingDto): void {
  const size = dto.countingCommittee.length;
  if (dto.committeeThreshold !== undefined && size && dto.committeeThreshold > size)
    throw invalidFields(
      'ballots.badCommitteeThreshold',
      { committeeThreshold: ['ballots.badCommitteeThreshold'] },
      { size },
    );
}

/** A bloc's conference: its delegates (one per member unit on the day, or named), quorum, codes. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: BlocAccessService,
    private readonly blocs: BlocsService,
  ) {}

  async list(query: MeetingListQueryDto, user: AuthUser): Promise<MeetingResponse[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM meetings WHERE ($1::uuid IS NULL OR bloc_id = $1) AND ($2::smallint IS NULL OR term_year = $2)
        ORDER BY meeting_date DESC, title`,
      [query.blocId ?? null, query.year ?? null],
    );
    return Promise.all(rows.map((r) => this.get(r.id, user)));
  }

  async get(
    id: string,
    user: AuthUser,
    manager = this.dataSource.manager,
  ): Promise<MeetingResponse> {
    const m = await this.find(manager, id);
    const bloc = await this.blocs.find(manager, m.blocId);
    const voters: Array<{
      id: string;
      unit_id: string | null;
      code: string | null;
      name: string | null;
      short_name: string | null;
      delegate_name: string;
      user_id: string | null;
      is_present: boolean;
    }> = await manager.query(
      `SELECT v.id, v.unit_id, u.code, u.name, u.short_name, v.delegate_name, v.user_id, v.is_present
           FROM meeting_voters v LEFT JOIN units u ON u.id = v.unit_id
          WHERE v.meeting_id = $1 ORDER BY u.name COLLATE "vietnamese", v.delegate_name`,
      [id],
    );
    const ballots: Array<{
      id: string;
      title: string;
      award_id: string;
      award_code: string;
      award_name: string;
      method: 'chooseK' | 'approval';
      mode: 'secret' | 'open' | 'paper' | 'hands';
      status: 'draft' | 'open' | 'closed';
      round: number;
      max_winners: number;
      candidates: number;
      voted: number;
      voters: number;
      minutes_number: string | null;
    }> = await manager.query(
      `SELECT b.id, b.title, a.id AS award_id, a.code AS award_code, a.name AS award_name, b.method, b.mode, b.status, b.round, b.max_winners, b.minutes_number,
                (SELECT count(*)::int FROM ballot_candidates c WHERE c.ballot_id = b.id) AS candidates,
                (SELECT count(*)::int FROM ballot_participations p WHERE p.ballot_id = b.id) AS voted,
                coalesce(b.present_count, (SELECT count(*)::int FROM meeting_voters v WHERE v.meeting_id = b.meeting_id AND v.is_present))::int AS voters
           FROM ballots b JOIN award_types a ON a.id = b.award_type_id
          WHERE b.meeting_id = $1 ORDER BY b.created_at`,
      [id],
    );
    const present = voters.filter((v) => v.is_present).length;
    const quorum = Number(m.quorumPercent);
    const [{ reissues }] = (await manager.query(
      `SELECT count(*)::int AS reissues FROM voting_code_reissues WHERE meeting_id = $1`,
      [id],
    )) as Array<{ reissues: number }>;
    return {
      id: m.id,
      bloc: { id: bloc.id, name: bloc.name, kind: bloc.kind },
      year: m.termYear,
      title: m.title,
      meetingDate: m.meetingDate,
      place: m.place,
      chair: m.chair,
      secretary: m.secretary,
      countingCommittee: m.countingCommittee,
      voters: voters.map((v) => ({
        id: v.id,
        unit:
          v.unit_id && v.code && v.name
            ? { id: v.unit_id, code: v.code, name: v.name, shortName: v.short_name }
            : null,
        delegateName: v.delegate_name,
        userId: v.user_id,
        isPresent: v.is_present,
      })),
      presentCount: present,
      eligibleCount: voters.length,
      quorumPercent: quorum,
      hasQuorum: hasQuorum(present, voters.length, quorum),
      committeeThreshold: committeeThresholdOf(m),
      codeReissues: reissues,
      canManage: await this.access.canManageBloc(user, m.blocId, m.termYear),
      ballots: ballots.map((b) => ({
        id: b.id,
        title: b.title,
        award: { id: b.award_id, code: b.award_code, name: b.award_name },
        method: b.method,
        mode: b.mode,
        status: b.status,
        round: b.round,
        maxWinners: b.max_winners,
        candidateCount: b.candidates,
        votedCount: b.voted,
        voterCount: b.voters,
        minutesNumber: b.minutes_number,
      })),
      version: m.version,
    };
  }

  /** Creates the meeting with one delegate per member unit on its date (their heads by default). */
  async create(dto: SaveMeetingDto, actor: AuthUser): Promise<MeetingResponse> {
    await this.assertCanManage(actor, dto.blocId, dto.year);
    checkCommitteeThreshold(dto);
    return this.dataSource.transaction(async (manager) => {
      await this.blocs.find(manager, dto.blocId);
      const members: Array<{ unit_id: string; head_name: string | null; name: string }> =
        await manager.query(
          `SELECT m.unit_id, u.head_name, u.name FROM bloc_memberships m JOIN units u ON u.id = m.unit_id
          WHERE m.bloc_id = $1 AND m.term_year = $2
            AND (m.joined_on IS NULL OR m.joined_on <= $3::date) AND (m.left_on IS NULL OR m.left_on > $3::date)`,
          [dto.blocId, dto.year, dto.meetingDate],
        );
      if (!members.length) throw conflict('meetings.noMembers', { year: dto.year });
      const saved = await manager.save(
        manager.create(MeetingEntity, {
          blocId: dto.blocId,
          termYear: dto.year,
          title: dto.title,
          meetingDate: dto.meetingDate,
          place: dto.place,
          chair: dto.chair,
          secretary: dto.secretary,
          countingCommittee: dto.countingCommittee,
          quorumPercent: String(dto.quorumPercent ?? 66.67),
          committeeThreshold: dto.committeeThreshold ?? null,
        }),
      );
      for (const m of members) {
        await manager.insert(MeetingVoterEntity, {
          meetingId: saved.id,
          unitId: m.unit_id,
          delegateName: m.head_name ?? `Đại diện ${m.name}`,
          // Nobody is present until the secretariat marks them.
          isPresent: false,
        });
      }
      await this.audit.record(
        { actor, action: 'create', entity: 'meeting', entityId: saved.id, after: { ...dto } },
        manager,
      );
      return this.get(saved.id, actor, manager);
    });
  }

  async update(id: string, dto: SaveMeetingDto, actor: AuthUser): Promise<MeetingResponse> {
    return this.dataSource.transaction(async (manager) => {
      const m = await this.find(manager, id, true);
      await this.assertCanManage(actor, m.blocId, m.termYear);
      checkVersion(dto.version, m.version);
      checkCommitteeThreshold(dto);
      const before = {
        blocId: m.blocId,
        year: m.termYear,
        title: m.title,
        meetingDate: m.meetingDate,
        place: m.place,
        chair: m.chair,
        secretary: m.secretary,
        countingCommittee: m.countingCommittee,
        quorumPercent: Number(m.quorumPercent),
        committeeThreshold: m.committeeThreshold,
      };
      Object.assign(m, {
        title: dto.title,
        meetingDate: dto.meetingDate,
        place: dto.place,
        chair: dto.chair,
        secretary: dto.secretary,
        countingCommittee: dto.countingCommittee,
        quorumPercent: String(dto.quorumPercent ?? Number(m.quorumPercent)),
        committeeThreshold: dto.committeeThreshold ?? m.committeeThreshold,
      });
      await manager.save(m);
      await this.audit.record(
        { actor, action: 'update', entity: 'meeting', entityId: id, before, after: { ...dto } },
        manager,
      );
      return this.get(id, actor, manager);
    });
  }

  /** Replaces the delegates (before any ballot opens). */
  async putVoters(id: string, dto: SaveVotersDto, actor: AuthUser): Promise<MeetingResponse> {
    return this.dataSource.transaction(async (manager) => {
      const m = await this.find(manager, id, true);
      await this.assertCanManage(actor, m.blocId, m.termYear);
      checkVersion(dto.version, m.version);
      const [started] = await manager.query(
        `SELECT 1 FROM ballots WHERE meeting_id = $1 AND status <> 'draft' LIMIT 1`,
        [id],
      );
      if (started) throw conflict('meetings.votingStarted');
      const unitIds = dto.voters.map((v) => v.unitId).filter((u): u is string => !!u);
      const userIds = dto.voters.map((v) => v.userId).filter((u): u is string => !!u);
      const [{ units, users }] = (await manager.query(
        `SELECT (SELECT count(DISTINCT id)::int FROM units WHERE id = ANY($1::uuid[])) AS units,
                (SELECT count(DISTINCT id)::int FROM users WHERE id = ANY($2::uuid[])) AS users`,
        [unitIds, userIds],
      )) as Array<{ units: number; users: number }>;
      if (units !== new Set(unitIds).size || users !== new Set(userIds).size) {
        throw invalidFields('meetings.voterUnknown', { voters: ['meetings.voterUnknown'] });
      }
      const before = await manager.find(MeetingVoterEntity, { where: { meetingId: id } });
      // The delegates are part of the meeting: their change moves its version on.
      await manager.increment(MeetingEntity, { id }, 'version', 1);
      await manager.query(`DELETE FROM meeting_voters WHERE meeting_id = $1`, [id]);
      for (const v of dto.voters) {
        await manager.insert(MeetingVoterEntity, {
          meetingId: id,
          unitId: v.unitId ?? null,
          delegateName: v.delegateName,
          userId: v.userId ?? null,
          isPresent: v.isPresent,
        });
      }
      await this.audit.record(
        {
          actor,
          action: 'update',
          entity: 'meetingVoters',
          entityId: id,
          before: {
            voters: before.map((v) => ({
              unitId: v.unitId,
              userId: v.userId,
              delegateName: v.delegateName,
              isPresent: v.isPresent,
            })),
          },
          after: { voters: dto.voters },
        },
        manager,
      );
      return this.get(id, actor, manager);
    });
  }

  /**
   * One-time codes for the delegates present who have none yet; shown once, stored as hashes. A
   * delegate who already has a code keeps it: a lost one is reissued one by one (reissueCode).
   */
  async issueCodes(id: string, actor: AuthUser): Promise<VoterCodeResponse[]> {
    return this.dataSource.transaction(async (manager) => {
      const m = await this.find(manager, id, true);
      await this.assertCanManage(actor, m.blocId, m.termYear);
      const voters = await this.codeVoters(manager, id, `AND v.is_present AND v.code_hash IS NULL`);
      if (!voters.length) throw conflict('ballots.codesAlreadyIssued');
      const out: VoterCodeResponse[] = [];
      for (const v of voters) out.push(await this.giveCode(manager, v));
      await this.audit.record(
        {
          actor,
          action: 'create',
          entity: 'votingCodes',
          entityId: id,
          after: { count: out.length, voters: out.map((c) => c.delegateName) },
        },
        manager,
      );
      return out;
    });
  }

  /**
   * A new code for one delegate whose code was lost; the old one stops working. While a ballot of
   * the meeting is open this is the chair's decision: it needs the chair's approval, and every
   * reissue is kept with its reason (counted on the projector and in the minutes).
   */
  async reissueCode(
    id: string,
    voterId: string,
    dto: ReissueCodeDto,
    actor: AuthUser,
  ): Promise<VoterCodeResponse> {
    return this.dataSource.transaction(async (manager) => {
      const m = await this.find(manager, id, true);
      await this.assertCanManage(actor, m.blocId, m.termYear);
      const [voter] = await this.codeVoters(manager, id, `AND v.id = $2`, [voterId]);
      if (!voter) throw notFound('ballots.voterNotFound');
      const [open] = await manager.query(
        `SELECT 1 FROM ballots WHERE meeting_id = $1 AND status = 'open' LIMIT 1`,
        [id],
      );
      if (open && !dto.isChairApproved)
        throw invalidFields('ballots.reissueNeedsChair', {
          isChairApproved: ['ballots.reissueNeedsChair'],
        });
      const code = await this.giveCode(manager, voter);
      await manager.insert(VotingCodeReissueEntity, {
        meetingId: id,
        voterId,
        reason: dto.reason,
        actorId: actor.id,
      });
      await this.audit.record(
        {
          actor,
          action: 'update',
          entity: 'votingCode',
          entityId: voterId,
          before: { hadCode: voter.had_code },
          after: {
            meetingId: id,
            delegate: voter.delegate_name,
            reason: dto.reason,
            duringVote: !!open,
            chair: open ? m.chair : null,
          },
        },
        manager,
      );
      return code;
    });
  }

  private codeVoters(
    manager: EntityManager,
    meetingId: string,
    where: string,
    params: unknown[] = [],
  ): Promise<CodeVoterRow[]> {
    return manager.query(
      `SELECT v.id, v.delegate_name, v.unit_id, u.code, u.name, u.short_name, v.code_hash IS NOT NULL AS had_code
           FROM meeting_voters v LEFT JOIN units u ON u.id = v.unit_id
          WHERE v.meeting_id = $1 ${where}
          ORDER BY u.name COLLATE "vietnamese", v.delegate_name`,
      [meetingId, ...params],
    );
  }

  private async giveCode(manager: EntityManager, v: CodeVoterRow): Promise<VoterCodeResponse> {
    const code = newVotingCode();
    await manager.query(`UPDATE meeting_voters SET code_hash = $2 WHERE id = $1`, [
      v.id,
      hashCode(code),
    ]);
    return {
      voterId: v.id,
      delegateName: v.delegate_name,
      unit:
        v.unit_id && v.code && v.name
          ? { id: v.unit_id, code: v.code, name: v.name, shortName: v.short_name }
          : null,
      code,
    };
  }

  async find(manager: EntityManager, id: string, lock = false): Promise<MeetingEntity> {
    const m = await manager.findOne(MeetingEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!m) throw notFound('meetings.notFound');
    return m;
  }

  async assertCanManage(actor: AuthUser, blocId: string, year: number): Promise<void> {
    if (!(await this.access.canManageBloc(actor, blocId, year))) throw forbidden();
  }
}
