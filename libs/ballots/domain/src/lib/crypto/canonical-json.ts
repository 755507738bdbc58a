/**
 * The one JSON text of a value: object keys sorted (by UTF-16 code units, as Array.sort does),
 * no whitespace, strings and numbers as JSON.stringify writes them. The tracker of an encrypted
 * ballot is the SHA-256 of this text, so the phone, the server and any verifier agree on it.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonicalJson: numbers must be finite');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .map((key) => {
        if (record[key] === undefined) throw new TypeError(`canonicalJson: "${key}" is undefined`);
        return `${JSON.stringify(key)}:${canonicalJson(record[key])}`;
      });
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`canonicalJson: cannot write a ${typeof value}`);
}
