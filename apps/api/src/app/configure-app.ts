import { type INestApplication, VersioningType } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  DocumentBuilder,
  type OpenAPIObject,
  type ParameterObject,
  type ReferenceObject,
  SwaggerModule,
} from '@nestjs/swagger';
import { API_KEY_SECURITY, documentApiKeyScopes } from '@thidua/auth/api';
import {
  BodyTypeGuard,
  checkBodyShape,
  createValidationPipe,
  refuseCrossSiteWrites,
  refuseUnsupportedBodies,
} from '@thidua/shared/api-core';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import responseTime from 'response-time';

import type { AppConfig } from '../config/app.config';
import { serveWebApp, useCompression } from './web-app';

/**
 * Everything `main.ts` and the integration tests set up alike: `/api/v1`, validation, security
 * headers, cookies, OpenAPI at `/api/docs`, and the built web app on the same port.
 */
export function configureApp(app: INestApplication, config: AppConfig): void {
  const express_ = app as NestExpressApplication;
  express_.disable('x-powered-by');
  if (config.trustProxy) express_.set('trust proxy', 1);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  useCompression(express_);
  app.use(cookieParser());
  // Server-side time of every request (`X-Response-Time`), read by `npm run bench`.
  app.use(responseTime({ digits: 2 }));
  // Documents and personal data never sit in a shared or browser cache.
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // CORS is closed unless CORS_ORIGINS names the origins allowed.
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: true });
  useRequestChecks(express_, config);
  app.setGlobalPrefix('api', { exclude: [] });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(createValidationPipe());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Thi đua – Khen thưởng API')
      .setDescription(
        'Emulation and commendation work of Vietnamese agencies. Errors: `{statusCode, code, message, fieldErrors?}`.',
      )
      .setVersion(config.version)
      .addBearerAuth()
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, API_KEY_SECURITY)
      .build(),
  );
  orderPathParams(document);
  documentApiKeyScopes(document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  serveWebApp(express_, config.webDistDir, config.voteDistDir);
}

/**
 * What every request passes before Nest reads it, in this order (docs/security.md): a cookie-signed
 * write from another site (403), a body that is neither JSON nor multipart (415), the JSON parser
 * (1 MB, 413 beyond), a JSON body nested too deep, too long or with a prototype key (400/413);
 * then, per route, multipart only where a file is uploaded (415).
 */
function useRequestChecks(app: NestExpressApplication, config: AppConfig): void {
  app.use(refuseCrossSiteWrites(config.corsOrigins));
  app.use(refuseUnsupportedBodies);
  app.useBodyParser('json', { limit: '1mb' });
  app.use(checkBodyShape);
  app.useGlobalGuards(new BodyTypeGuard(app.get(Reflector)));
}

/**
 * Lists each operation's path params first, in the order of its path. Swagger lists params in the
 * handler's argument order but puts those documented with `@ApiParam` (as `@BlocYear()` does)
 * after all the others.
 */
function orderPathParams(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
    const rank = (param: ParameterObject | ReferenceObject) =>
      'in' in param && param.in === 'path' ? names.indexOf(param.name) : names.length;
    for (const operation of [item.get, item.put, item.post, item.delete, item.patch])
      operation?.parameters?.sort((a, b) => rank(a) - rank(b));
  }
}
