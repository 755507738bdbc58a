/**
 * The sealed box's proof-check worker thread: each vote's zero-knowledge proofs are checked here,
 * on the machine's other cores, so that a hall voting at once is not queued behind one thread
 * (see BallotSealService in libs/ballots/api). It loads libsodium and the proof rules only.
 */
import { parentPort } from 'node:worker_threads';

import { type BallotCryptoParams, verifyBallot } from '@thidua/ballots/domain';

// The adapter alone: the worker starts without loading Nest and the API's modules.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { sodiumGroup } from '../../../libs/ballots/api/src/lib/crypto/sodium-group';

const group = sodiumGroup();

parentPort?.on(
  'message',
  (message: { id: number; params: BallotCryptoParams; ballot: unknown }) => {
    group
      .then((g) => verifyBallot(g, message.params, message.ballot))
      .then((check) => parentPort?.postMessage({ id: message.id, check }))
      .catch((error: unknown) =>
        parentPort?.postMessage({
          id: message.id,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
  },
);
