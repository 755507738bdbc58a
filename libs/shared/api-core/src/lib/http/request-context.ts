import { AsyncLocalStorage } from 'node:async_hooks';

import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

import { requestIp } from './request-ip';

/** Where the request being served came from: what the audit log records with every change. */
export interface RequestContext {
  /** The client's address (`X-Forwarded-For` is believed only when `TRUST_PROXY` is on). */
  ip: string | null;
  userAgent: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The context of the HTTP request being served, or null outside one (a job, a seed, a CLI). */
export function currentRequestContext(): RequestContext | null {
  return storage.getStore() ?? null;
}

/** Captures each request's address and user agent for the code that serves it. */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    const userAgent = request.get('user-agent')?.slice(0, 255) || null;
    storage.run({ ip: requestIp(request), userAgent }, next);
  }
}
