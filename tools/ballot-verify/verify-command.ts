import { readFileSync } from 'node:fs';

import {
  type BallotBoard,
  type BoardCheck,
  type GroupOps,
  boardFingerprint,
  serializeBoard,
  verifyBoard,
} from '@thidua/ballots/domain';

export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_UNREADABLE = 2;

/**
 * Reads a bulletin board file, prints its fingerprint, title, votes and per-candidate counts, checks
 * everything (docs/ballot-verification.md) and prints the verdict. Returns the exit code.
 */
export function verifyBoardFile<P>(
  g: GroupOps<P>,
  path: string,
  print: (line: string) => void,
): number {
  let text: string;
  let parsed: unknown;
  try {
    text = readFileSync(path, 'utf8');
    parsed = JSON.parse(text);
  } catch (error) {
    print(`Không đọc được tệp / Cannot read ${path}: ${(error as Error).message}`);
    return EXIT_UNREADABLE;
  }
  print(`Tệp / File: ${path}`);
  print(`Dấu vân tay SHA-256 / Fingerprint: ${boardFingerprint(text)}`);
  const check = verifyBoard(g, parsed);
  const board = parsed as BallotBoard;
  if (check.errors.length === 0 || board?.ballot?.candidates) {
    printSummary(board, check, print);
  }
  if (check.ok && serializeBoard(board) !== text) {
    // Same content, other bytes: the published fingerprint is of the board's canonical layout.
    print(
      'Lưu ý / Note: the file is not in the canonical layout (serializeBoard); its fingerprint differs from the published one.',
    );
  }
  if (check.ok) {
    print('KẾT QUẢ: HỢP LỆ — OK');
    return EXIT_VALID;
  }
  print(`KẾT QUẢ: KHÔNG HỢP LỆ — INVALID (${check.errors.length} errors)`);
  for (const error of check.errors) print(`  - ${error}`);
  return EXIT_INVALID;
}

function printSummary(board: BallotBoard, check: BoardCheck, print: (line: string) => void): void {
  const { ballot } = board;
  print(`Lá phiếu / Ballot: ${ballot.title} (${ballot.meeting?.title}, ${ballot.meeting?.date})`);
  print(
    `Phiếu điện tử / Electronic votes: ${Array.isArray(board.votes) ? board.votes.length : '?'}`,
  );
  if (board.paper) print(`Phiếu giấy hợp lệ / Valid paper ballots: ${board.paper.valid}`);
  print('');
  const rows = ballot.candidates.map((candidate, i) => [
    String(candidate.position),
    candidate.name,
    String(board.tally?.electronic?.[i] ?? '?'),
    String(board.paper ? (board.paper.votes?.[i] ?? '?') : 0),
    String(check.counts[i] ?? board.result?.counts?.[i] ?? '?'),
  ]);
  const header = ['#', 'Ứng viên / Candidate', 'Điện tử', 'Giấy', 'Tổng'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ');
  print(line(header));
  rows.forEach((row) => print(line(row)));
  print('');
}
