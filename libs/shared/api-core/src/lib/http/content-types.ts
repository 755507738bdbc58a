import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  applyDecorators,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';

import { ApiException } from '../errors/api.exception';

const TAKES_FILE = 'thidua:takesFile';

type BodyKind = 'none' | 'json' | 'multipart' | 'other';

/** What the request carries: no body, JSON, a multipart form, or something else. */
function bodyKind(req: Request): BodyKind {
  const length = Number(req.headers['content-length'] ?? 0);
  if (req.headers['transfer-encoding'] === undefined && !(length > 0)) return 'none';
  if (req.is('application/json')) return 'json';
  return req.is('multipart/form-data') ? 'multipart' : 'other';
}

const unsupported = () => new ApiException(415, 'common.unsupportedMediaType');

/**
 * Express middleware, before any body parser: a body that is neither JSON nor a multipart form (a
 * form-encoded or text/plain one, say, as a page of another site can send without asking) gets 415
 * and is never read. Which routes take a multipart form is `BodyTypeGuard`'s business.
 */
export function refuseUnsupportedBodies(req: Request, _res: Response, next: NextFunction): void {
  next(bodyKind(req) === 'other' ? unsupported() : undefined);
}

/**
 * Global guard: a multipart form only where `@FileUpload()` takes a file (415 elsewhere, before the
 * handler runs), and only a multipart form there (JSON gets 415).
 */
@Injectable()
export class BodyTypeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const kind = bodyKind(context.switchToHttp().getRequest<Request>());
    if (kind === 'none') return true;
    const takesFile = this.reflector.getAllAndOverride<boolean>(TAKES_FILE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if ((kind === 'multipart') !== !!takesFile) throw unsupported();
    return true;
  }
}

/**
 * An upload route: one multipart field `file` of at most `maxBytes`, a few flat text fields (no
 * `a[b][c]` nesting), documented as such in the OpenAPI document. The only routes that take a
 * multipart form (`BodyTypeGuard`).
 */
export function FileUpload(maxBytes: number): MethodDecorator {
  return applyDecorators(
    SetMetadata(TAKES_FILE, true),
    UseInterceptors(
      FileInterceptor('file', {
        limits: { fileSize: maxBytes, files: 1, fields: 5, fieldNestingDepth: 0 },
      }),
    ),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
    }),
  );
}
