export interface HealthResponse {
  status: 'ok' | 'error';
  db: 'up' | 'down';
  version: string;
}
