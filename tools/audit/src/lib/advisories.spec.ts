import { findVulnerable, isAffected, validateAdvisory } from './advisories';
import { advisory } from './testing/fixtures';

describe('validateAdvisory', () => {
  it('should accept a complete advisory', () => {
    expect(validateAdvisory(advisory(), 'here')).toEqual(advisory());
  });

  it('should name every field that is wrong', () => {
    expect(() =>
      validateAdvisory(
        { ...advisory(), id: '', severity: 'severe', vulnerable: 'not a range' },
        'x',
      ),
    ).toThrow(
      'x: "id" must be a non-empty string; "severity" must be one of info, low, moderate, high, critical; "vulnerable" is not a semver range: not a range',
    );
    expect(() => validateAdvisory(null, 'y')).toThrow(/y: "id" must be/);
  });
});

describe('isAffected', () => {
  it('should follow the ranges, pre-releases included', () => {
    expect(isAffected('7.0.3', '<6.0.6 || >=7.0.0 <7.0.5')).toBe(true);
    expect(isAffected('7.0.5', '<6.0.6 || >=7.0.0 <7.0.5')).toBe(false);
    expect(isAffected('6.0.5', '<6.0.6 || >=7.0.0 <7.0.5')).toBe(true);
    expect(isAffected('8.0.0-alpha.3', '<7.23.2 || >=8.0.0-alpha.0 <8.0.0-alpha.4')).toBe(true);
    expect(isAffected('8.0.0-alpha.4', '<7.23.2 || >=8.0.0-alpha.0 <8.0.0-alpha.4')).toBe(false);
    expect(isAffected('4.0.0', '<3.2.3 || =4.0.0')).toBe(true);
  });
});

describe('findVulnerable', () => {
  it('should pair each affected installed version with its advisories, most severe first', () => {
    const findings = findVulnerable(
      [
        { name: 'cross-spawn', version: '7.0.3', paths: ['node_modules/cross-spawn'] },
        {
          name: 'cross-spawn',
          version: '7.0.6',
          paths: ['node_modules/x/node_modules/cross-spawn'],
        },
        { name: 'debug', version: '4.1.0', paths: ['node_modules/debug'] },
      ],
      [
        advisory({
          id: 'GHSA-gxpj-cx7g-858c',
          package: 'debug',
          severity: 'low',
          vulnerable: '<4.3.1',
        }),
        advisory(),
        advisory({ id: 'GHSA-other', package: 'left-pad', vulnerable: '*' }),
      ],
    );
    expect(
      findings.map((f) => `${f.advisory.severity} ${f.installed.name}@${f.installed.version}`),
    ).toEqual(['high cross-spawn@7.0.3', 'low debug@4.1.0']);
  });
});
