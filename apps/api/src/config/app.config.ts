import { resolve } from 'node:path';

import { registerAs } from '@nestjs/config';

export interface AppConfig {
  nodeEnv: string;
  port: number;
  webDistDir: string;
  corsOrigins: string[];
  trustProxy: boolean;
  logLevel: string;
  version: string;
}

export function readAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`PORT must be a port number (got "${env['PORT']}")`);
  }
  return {
    nodeEnv: env['NODE_ENV'] ?? 'development',
    port,
    webDistDir: resolve(env['WEB_DIST_DIR'] ?? resolve(__dirname, '../web/browser')),
    corsOrigins: (env['CORS_ORIGINS'] ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustProxy: env['TRUST_PROXY'] === 'true',
    logLevel: env['LOG_LEVEL'] ?? (env['NODE_ENV'] === 'test' ? 'warn' : 'info'),
    version: env['APP_VERSION'] ?? '0.1.0',
  };
}

export const appConfig = registerAs('app', () => readAppConfig());
