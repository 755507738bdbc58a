/**
 * The render worker thread: long PDF and DOCX documents are rendered here so that the API's main
 * thread keeps answering requests (see RenderService in libs/documents/api).
 */
import { parentPort } from 'node:worker_threads';

// The document kit only: the worker starts without loading Nest and the API's modules.
import { type RenderTask, renderTask } from '@thidua/shared/documents';

parentPort?.on('message', (message: { id: number; task: RenderTask }) => {
  renderTask(message.task)
    .then((buffer) => parentPort?.postMessage({ id: message.id, buffer }))
    .catch((error: unknown) =>
      parentPort?.postMessage({
        id: message.id,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
});
