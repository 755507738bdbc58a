export * from './lib/vote-keeping';
export * from './lib/vote-links';
export * from './lib/vote-page.component';
export * from './lib/vote.store';
export * from './lib/voting-code';
