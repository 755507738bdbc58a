// Checks a ballot's public record off the page's thread: thousands of proofs take seconds.
import { checkBoardText } from './board-report';

addEventListener('message', (event: MessageEvent<string>) => {
  try {
    postMessage({ report: checkBoardText(event.data) });
  } catch (error) {
    postMessage({ failure: error instanceof Error ? error.message : String(error) });
  }
});
