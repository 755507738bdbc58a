import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type GroupOps, boardFingerprint } from '@thidua/ballots/domain';

// eslint-disable-next-line @nx/enforce-module-boundaries -- only the adapter, not the Nest module
import { sodiumGroup } from '../../libs/ballots/api/src/lib/crypto/sodium-group';
import { demoBoardText } from './demo-board';
import { EXIT_INVALID, EXIT_UNREADABLE, EXIT_VALID, verifyBoardFile } from './verify-command';

describe('ballot:verify', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ballot-verify-'));
  let g: GroupOps<Uint8Array>;
  let text: string;
  beforeAll(async () => {
    g = await sodiumGroup();
    text = demoBoardText(g, 5);
  });

  function run(content: string | null, name = 'board.json') {
    const path = join(dir, name);
    if (content !== null) writeFileSync(path, content);
    const lines: string[] = [];
    const code = verifyBoardFile(g, path, (line) => lines.push(line));
    return { code, output: lines.join('\n') };
  }

  it('prints the fingerprint, the counts and OK for a good board', () => {
    const { code, output } = run(text);
    expect(code).toBe(EXIT_VALID);
    expect(output).toContain(`Fingerprint: ${boardFingerprint(text)}`);
    expect(output).toContain('Bầu Ban Chấp hành Công đoàn (thử)');
    expect(output).toContain('Electronic votes: 5');
    expect(output).toMatch(/Nguyễn Văn An\s+\d+\s+2\s+\d+/);
    expect(output.trim().endsWith('KẾT QUẢ: HỢP LỆ — OK')).toBe(true);
  });

  it('lists the errors of a tampered board and exits 1', () => {
    const board = JSON.parse(text);
    board.result.counts[0] += 1;
    board.votes.pop();
    const { code, output } = run(JSON.stringify(board, null, 2) + '\n', 'tampered.json');
    expect(code).toBe(EXIT_INVALID);
    expect(output).toContain('KẾT QUẢ: KHÔNG HỢP LỆ — INVALID');
    expect(output).toContain('  - The total for candidate position');
    expect(output).toMatch(/ {2}- The result for candidate position 1 is \d+, but/);
  });

  it('notes a valid board saved in another layout', () => {
    const { code, output } = run(JSON.stringify(JSON.parse(text)), 'compact.json');
    expect(code).toBe(EXIT_VALID);
    expect(output).toContain('not in the canonical layout');
  });

  it('refuses a board of another format without crashing', () => {
    const { code, output } = run('{"format":"other"}', 'other.json');
    expect(code).toBe(EXIT_INVALID);
    expect(output).toContain('Field board.format must be "thidua-ballot-board".');
  });

  it('exits 2 on a missing or unparsable file', () => {
    expect(run(null, 'missing.json').code).toBe(EXIT_UNREADABLE);
    expect(run('{ not json', 'broken.json').code).toBe(EXIT_UNREADABLE);
  });
});
