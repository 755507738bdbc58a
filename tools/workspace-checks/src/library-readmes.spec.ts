import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, filesUnder } from './workspace-files';

/** What a library's README must say: its purpose, its public API and who may import it. */
export function readmeProblems(text: string): string[] {
  const problems: string[] = [];
  const purpose = /^Purpose:\s*(.*)$/m.exec(text)?.[1]?.trim() ?? '';
  if (!purpose) problems.push('no "Purpose:" line');
  else if (/\bTODO\b/i.test(purpose) || purpose.length < 20)
    problems.push(`purpose not written: "${purpose}"`);
  if (!/^Public API:/m.test(text)) problems.push('no "Public API:" line');
  if (!/^Allowed importers:/m.test(text)) problems.push('no "Allowed importers:" line');
  if (/\bTODO\b/.test(text)) problems.push('says TODO');
  return problems;
}

describe('library READMEs', () => {
  it.each([
    [
      'Purpose: TODO.\nPublic API: `src/index.ts`.\nAllowed importers: all.',
      ['purpose not written: "TODO."', 'says TODO'],
    ],
    ['Public API: x\nAllowed importers: y', ['no "Purpose:" line']],
    ['Purpose: the pure rules of scoring and ranking.\nPublic API: x\nAllowed importers: y', []],
  ])('should judge %p', (text, expected) => {
    expect(readmeProblems(text)).toEqual(expected);
  });

  it('should say what every library holds, with no TODO', () => {
    const readmes = filesUnder('libs', /^README\.md$/).filter(
      (file) => file.split('/').length === 4,
    );
    expect(readmes.length).toBeGreaterThan(30);
    const problems = readmes
      .map((file) => ({ file, problems: readmeProblems(readFileSync(join(ROOT, file), 'utf8')) }))
      .filter((r) => r.problems.length);
    expect(problems).toEqual([]);
  });
});
