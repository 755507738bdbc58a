import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, filesUnder } from './workspace-files';

/**
 * The imports of `text` that reach into the API application's sources past its public file
 * (`apps/api/src/public-api.ts`, and `database/public-api.ts` for what loads without the libraries).
 */
export function reachesIntoApiApp(text: string): string[] {
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]);
  return specifiers.filter(
    (s) => /(^|\/)(apps|\.\.)\/api\/src\//.test(s) && !/api\/src\/(database\/)?public-api$/.test(s),
  );
}

describe('the API application boundary', () => {
  it.each([
    [
      "import { AppModule } from '../../../api/src/app/app.module';",
      ['../../../api/src/app/app.module'],
    ],
    ["import { seedDemoData } from '../../apps/api/src/public-api';", []],
    ["import { embeddedUrls } from '../../../api/src/database/public-api';", []],
    ["import '../../../api/src/database/migrations';", ['../../../api/src/database/migrations']],
    ["import { x } from '@thidua/registry/api';", []],
    ["import { sodiumGroup } from '../../libs/ballots/api/src/lib/crypto/sodium-group';", []],
  ])('should judge %p', (text, expected) => {
    expect(reachesIntoApiApp(text)).toEqual(expected);
  });

  it('should let tests and tools use the API application only through its public file', () => {
    const files = [
      ...filesUnder('apps/api-e2e/src', /\.ts$/),
      ...filesUnder('tools', /\.(ts|mjs)$/),
    ].filter((file) => !file.startsWith('tools/workspace-checks/'));
    expect(files.length).toBeGreaterThan(50);
    const offending = files
      .map((file) => ({ file, imports: reachesIntoApiApp(readFileSync(join(ROOT, file), 'utf8')) }))
      .filter((f) => f.imports.length);
    expect(offending).toEqual([]);
  });
});
