import {
  BallotCandidateEntity,
  BallotEntity,
  BallotNamedVoteEntity,
  BallotParticipationEntity,
  BallotVoteEntity,
  VotingCodeReissueEntity,
} from './entities/ballot.entity';
import { MeetingEntity, MeetingVoterEntity } from './entities/meeting.entity';

export const BALLOTS_ENTITIES = [
  MeetingEntity,
  MeetingVoterEntity,
  BallotEntity,
  BallotCandidateEntity,
  BallotParticipationEntity,
  BallotVoteEntity,
  BallotNamedVoteEntity,
  VotingCodeReissueEntity,
];
