/**
 * The render worker (a thread of RenderService's piscina pool in libs/shared/api-core): PDF, DOCX
 * and XLSX documents are rendered here so that the API's main thread keeps answering requests.
 */
// The document kit only: the thread starts without loading Nest and the API's modules.
import { type RenderTask, renderTask } from '@thidua/shared/documents';

export default function render(task: RenderTask): Promise<Buffer> {
  return renderTask(task);
}
