import type { Request } from 'express';

/** The client's address (Express resolves `X-Forwarded-For` when `trust proxy` is set). */
export function requestIp(request: Request): string | null {
  return (request.ip ?? request.socket?.remoteAddress ?? null)?.slice(0, 64) ?? null;
}
