export * from './lib/ballots.entities';
export * from './lib/ballots.module';
export * from './lib/ballot-counting.service';
export * from './lib/ballots.service';
export * from './lib/entities/ballot.entity';
export * from './lib/entities/meeting.entity';
export * from './lib/meetings.service';
export * from './lib/ballot-board';
