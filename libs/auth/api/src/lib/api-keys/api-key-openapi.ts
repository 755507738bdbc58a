import type { OpenAPIObject } from '@nestjs/swagger';
import { scopeForRoute } from '@thidua/shared/contracts';

/** The OpenAPI security scheme of integrations' keys (also accepted as a bearer `td_…`). */
export const API_KEY_SECURITY = 'api-key';

/**
 * Declares, on each operation an API key may call, the `X-API-Key` scheme beside the session and
 * the scope it needs (from `API_KEY_SCOPE_ROUTES`, so the document follows the guard).
 */
export function documentApiKeyScopes(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    const route = path.replace(/^\/?(api\/)?(v\d+\/)?/, '');
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      const scope = operation && scopeForRoute(method, route);
      if (!operation || !scope) continue;
      operation.security = [
        ...(operation.security ?? [{ bearer: [] }]),
        { [API_KEY_SECURITY]: [] },
      ];
      const note = `API key scope: \`${scope}\`.`;
      operation.description = operation.description ? `${operation.description}\n\n${note}` : note;
    }
  }
}
