export * from './lib/fingerprint.component';
export * from './lib/labels';
export * from './lib/tracker.component';
export * from './lib/voter-frame.component';
