import type { BallotBoard, BallotCryptoParams, EncryptedBallot } from '@thidua/ballots/domain';

import type { CandidateRow } from './ballots.service';
import type { BallotEntity } from './entities/ballot.entity';
import type { MeetingEntity } from './entities/meeting.entity';

/**
 * The bulletin board of a counted secret ballot (docs/ballot-verification.md): the ballot's
 * parameters, its public key, every encrypted vote with its proofs (sorted by tracker), the
 * per-candidate totals with their decryption proofs, and the paper ballots added to them.
 */
export function boardOf(
  b: BallotEntity,
  meeting: Pick<MeetingEntity, 'id' | 'title' | 'meetingDate' | 'place'>,
  candidates: Array<Pick<CandidateRow, 'nomination_id' | 'name'>>,
  params: BallotCryptoParams,
  votes: Array<{ tracker: string; ballot: EncryptedBallot }>,
  tally: BallotBoard['tally'],
): BallotBoard {
  const paper = b.paperCounts;
  const paperVotes = candidates.map((c) => paper?.votes[c.nomination_id] ?? 0);
  return {
    format: 'thidua-ballot-board',
    version: 1,
    group: 'ristretto255',
    ballot: {
      id: b.id,
      title: b.title,
      meeting: {
        id: meeting.id,
        title: meeting.title,
        date: meeting.meetingDate,
        place: meeting.place,
      },
      method: b.method,
      round: b.round,
      maxWinners: b.maxWinners,
      minMarks: params.minMarks,
      maxMarks: params.maxMarks,
      rule: {
        threshold: Number(b.threshold),
        denominator: b.denominator,
        comparator: b.comparator,
      },
      eligible: b.eligibleCount ?? 0,
      present: b.presentCount ?? 0,
      openedAt: b.openedAt?.toISOString() ?? '',
      closedAt: b.closedAt?.toISOString() ?? '',
      candidates: candidates.map((c, i) => ({
        position: i + 1,
        nominationId: c.nomination_id,
        name: c.name,
      })),
    },
    publicKey: params.publicKey,
    committee: { size: b.committeeSize ?? 0, threshold: b.committeeThreshold ?? 0 },
    votes: [...votes].sort((x, y) => (x.tracker < y.tracker ? -1 : x.tracker > y.tracker ? 1 : 0)),
    tally,
    paper: paper
      ? {
          issued: paper.issued,
          returned: paper.returned,
          valid: paper.valid,
          invalid: paper.invalid,
          votes: paperVotes,
        }
      : null,
    result: {
      counts: tally.electronic.map((n, i) => n + paperVotes[i]),
      valid: votes.length + (paper?.valid ?? 0),
    },
  };
}
