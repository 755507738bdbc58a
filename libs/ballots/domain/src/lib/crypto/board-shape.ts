import { isHex32 } from './encoding';

/*
 * The board file's JSON form, checked field by field so a verifier can say which field is wrong
 * before any arithmetic. Each check adds stable English sentences to `errors`.
 */

type Check = (value: unknown, path: string, errors: string[]) => void;

const text: Check = (v, path, errors) => {
  if (typeof v !== 'string') errors.push(`Field ${path} must be a string.`);
};

const count: Check = (v, path, errors) => {
  if (!Number.isSafeInteger(v) || (v as number) < 0) {
    errors.push(`Field ${path} must be a whole number ≥ 0.`);
  }
};

const finite: Check = (v, path, errors) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) errors.push(`Field ${path} must be a number.`);
};

const hex: Check = (v, path, errors) => {
  if (!isHex32(v)) errors.push(`Field ${path} must be 64 lowercase hex digits.`);
};

/** Checked later, by verifyBallot or checkDecryption, which say more. */
const anything: Check = () => undefined;

function literal(...values: unknown[]): Check {
  return (v, path, errors) => {
    if (!values.includes(v)) {
      errors.push(`Field ${path} must be ${values.map((x) => JSON.stringify(x)).join(' or ')}.`);
    }
  };
}

function nullable(check: Check): Check {
  return (v, path, errors) => (v === null ? undefined : check(v, path, errors));
}

function arrayOf(check: Check): Check {
  return (v, path, errors) => {
    if (!Array.isArray(v)) {
      errors.push(`Field ${path} must be an array.`);
      return;
    }
    v.forEach((item, i) => check(item, `${path}[${i}]`, errors));
  };
}

function object(fields: Record<string, Check>): Check {
  return (v, path, errors) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      errors.push(`Field ${path} must be an object.`);
      return;
    }
    const record = v as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!(key in fields)) errors.push(`Field ${path}.${key} is not part of the format.`);
    }
    for (const [key, check] of Object.entries(fields)) {
      if (!Object.prototype.hasOwnProperty.call(record, key)) {
        errors.push(`Field ${path}.${key} is missing.`);
      } else {
        check(record[key], `${path}.${key}`, errors);
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

/** Errors in the board's JSON form; none means it has the BallotBoard shape. */
export function checkBoardShape(value: unknown): string[] {
  const errors: string[] = [];
  boardForm(value, 'board', errors);
  return errors;
}
