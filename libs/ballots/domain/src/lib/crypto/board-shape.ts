import type { BoardProblem } from './board-problems';
import { isHex32 } from './encoding';

/*
 * The board file's JSON form, checked field by field so a verifier can say which field is wrong
 * before any arithmetic. Each check adds what it finds to `problems`.
 */

type Check = (value: unknown, path: string, problems: BoardProblem[]) => void;

const text: Check = (v, path, problems) => {
  if (typeof v !== 'string') problems.push({ code: 'field.string', path });
};

const count: Check = (v, path, problems) => {
  if (!Number.isSafeInteger(v) || (v as number) < 0) {
    problems.push({ code: 'field.count', path });
  }
};

const finite: Check = (v, path, problems) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) problems.push({ code: 'field.number', path });
};

const hex: Check = (v, path, problems) => {
  if (!isHex32(v)) problems.push({ code: 'field.hex', path });
};

/** Checked later, by verifyBallot or checkDecryption, which say more. */
const anything: Check = () => undefined;

function literal(...values: unknown[]): Check {
  return (v, path, problems) => {
    if (!values.includes(v)) {
      problems.push({ code: 'field.oneOf', path, values: values.map((x) => JSON.stringify(x)) });
    }
  };
}

function nullable(check: Check): Check {
  return (v, path, problems) => (v === null ? undefined : check(v, path, problems));
}

function arrayOf(check: Check): Check {
  return (v, path, problems) => {
    if (!Array.isArray(v)) {
      problems.push({ code: 'field.array', path });
      return;
    }
    v.forEach((item, i) => check(item, `${path}[${i}]`, problems));
  };
}

function object(fields: Record<string, Check>): Check {
  return (v, path, problems) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      problems.push({ code: 'field.object', path });
      return;
    }
    const record = v as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!(key in fields)) problems.push({ code: 'field.unknown', path: `${path}.${key}` });
    }
    for (const [key, check] of Object.entries(fields)) {
      if (!Object.prototype.hasOwnProperty.call(record, key)) {
        problems.push({ code: 'field.missing', path: `${path}.${key}` });
      } else {
        check(record[key], `${path}.${key}`, problems);
      }
    }
  };
}

const boardForm = object({
  format: literal('thidua-ballot-board'),
  version: literal(1),
  group: literal('ristretto255'),
  ballot: object({
    id: text,
    title: text,
    meeting: object({ id: text, title: text, date: text, place: text }),
    method: literal('chooseK', 'approval'),
    round: count,
    maxWinners: count,
    minMarks: count,
    maxMarks: nullable(count),
    rule: object({
      threshold: finite,
      denominator: literal('eligible', 'present', 'valid'),
      comparator: literal('gte', 'gt'),
    }),
    eligible: count,
    present: count,
    openedAt: text,
    closedAt: text,
    candidates: arrayOf(object({ position: count, nominationId: text, name: text })),
  }),
  publicKey: hex,
  committee: object({ size: count, threshold: count }),
  votes: arrayOf(object({ tracker: hex, ballot: anything })),
  tally: object({
    totals: arrayOf(object({ alpha: hex, beta: hex })),
    decryptions: arrayOf(anything),
    electronic: arrayOf(count),
  }),
  paper: nullable(
    object({ issued: count, returned: count, valid: count, invalid: count, votes: arrayOf(count) }),
  ),
  result: object({ counts: arrayOf(count), valid: count }),
});

/** Problems in the board's JSON form; none means it has the BallotBoard shape. */
export function checkBoardShape(value: unknown): BoardProblem[] {
  const problems: BoardProblem[] = [];
  boardForm(value, 'board', problems);
  return problems;
}
