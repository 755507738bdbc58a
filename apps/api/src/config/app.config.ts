import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

import { registerAs } from '@nestjs/config';

export interface AppConfig {
  nodeEnv: string;
  port: number;
  webDistDir: string;
  /** The light voting app (apps/vote), served at `/vote` and `/en/vote`. */
  voteDistDir: string;
  corsOrigins: string[];
  trustProxy: boolean;
  logLevel: string;
  version: string;
  /** API processes serving the port (node:cluster); 1 serves from the main process. */
  workers: number;
}

export function readAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`PORT must be a port number (got "${env['PORT']}")`);
  }
  const workersText = env['API_WORKERS'] ?? '1';
  const workers = workersText === 'auto' ? availableParallelism() : Number(workersText);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    throw new Error(`API_WORKERS must be a number from 1 to 64 or "auto" (got "${workersText}")`);
  }
  return {
    nodeEnv: env['NODE_ENV'] ?? 'development',
    port,
    webDistDir: resolve(env['WEB_DIST_DIR'] ?? resolve(__dirname, '../web/browser')),
    voteDistDir: resolve(env['VOTE_DIST_DIR'] ?? resolve(__dirname, '../vote/browser')),
    corsOrigins: (env['CORS_ORIGINS'] ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustProxy: env['TRUST_PROXY'] === 'true',
    logLevel: env['LOG_LEVEL'] ?? (env['NODE_ENV'] === 'test' ? 'warn' : 'info'),
    version: env['APP_VERSION'] ?? '0.1.0',
    workers,
  };
}

export const appConfig = registerAs('app', () => readAppConfig());
