/**
 * Checks a ballot's bulletin board, the public record of a secret ballot after its count:
 *   npm run ballot:verify -- <board.json>      exit 0 valid, 1 not valid, 2 unreadable file
 *   npm run ballot:verify -- --demo <out.json>  writes a sample board to try it on
 * What it checks, and how to check it without this program: docs/ballot-verification.md.
 */
import { writeFileSync } from 'node:fs';

// eslint-disable-next-line @nx/enforce-module-boundaries -- only the adapter, not the Nest module
import { sodiumGroup } from '../../libs/ballots/api/src/lib/crypto/sodium-group';
import { demoBoardText } from './demo-board';
import { EXIT_UNREADABLE, verifyBoardFile } from './verify-command';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const g = await sodiumGroup();
  if (args[0] === '--demo' && args[1]) {
    writeFileSync(args[1], demoBoardText(g));
    console.log(`Wrote a sample board to ${args[1]}`);
    return 0;
  }
  if (args.length !== 1 || args[0].startsWith('--')) {
    console.error('Usage: npm run ballot:verify -- <board.json>   (or --demo <out.json>)');
    return EXIT_UNREADABLE;
  }
  return verifyBoardFile(g, args[0], (line) => console.log(line));
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = EXIT_UNREADABLE;
  },
);
