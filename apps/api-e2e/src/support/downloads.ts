/**
 * The two names of a download's `Content-Disposition`: `utf8`, the name a browser saves it under
 * (RFC 5987 `filename*=UTF-8''…`), and `ascii`, the fallback for clients that cannot read it.
 */
export function downloadNames(res: { headers: Record<string, unknown> }): {
  utf8: string | null;
  ascii: string | null;
} {
  const header = String(res.headers['content-disposition'] ?? '');
  const utf8 = /filename\*=UTF-8''([^;]+)/.exec(header)?.[1];
  const ascii = /filename="([^"]*)"/.exec(header)?.[1];
  return { utf8: utf8 ? decodeURIComponent(utf8) : null, ascii: ascii ?? null };
}
