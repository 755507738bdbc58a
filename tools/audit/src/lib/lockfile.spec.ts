import { packageNameFromPath, productionPackages } from './lockfile';

describe('productionPackages', () => {
  it('should keep production packages and leave out dev, devOptional and linked ones', () => {
    const packages = productionPackages({
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', version: '1.0.0' },
        'node_modules/express': { version: '5.1.0' },
        'node_modules/jest': { version: '30.0.0', dev: true },
        'node_modules/fsevents': { version: '2.3.3', devOptional: true },
        'node_modules/@thidua/util': { version: '0.0.0', link: true },
        'node_modules/@scope/pkg': { version: '2.0.0' },
      },
    });
    expect(packages.map((p) => `${p.name}@${p.version}`)).toEqual([
      '@scope/pkg@2.0.0',
      'express@5.1.0',
    ]);
  });

  it('should merge the same name and version installed in several places', () => {
    const packages = productionPackages({
      lockfileVersion: 2,
      packages: {
        'node_modules/ms': { version: '2.1.3' },
        'node_modules/debug/node_modules/ms': { version: '2.1.3' },
        'node_modules/send/node_modules/ms': { version: '2.0.0' },
      },
    });
    expect(packages).toEqual([
      { name: 'ms', version: '2.0.0', paths: ['node_modules/send/node_modules/ms'] },
      {
        name: 'ms',
        version: '2.1.3',
        paths: ['node_modules/ms', 'node_modules/debug/node_modules/ms'],
      },
    ]);
  });

  it('should prefer the name an aliased entry records', () => {
    const packages = productionPackages({
      lockfileVersion: 3,
      packages: { 'node_modules/string-width-cjs': { name: 'string-width', version: '4.2.3' } },
    });
    expect(packages[0].name).toBe('string-width');
  });

  it('should refuse a lockfile v1, which has no packages map', () => {
    expect(() => productionPackages({ lockfileVersion: 1 })).toThrow(/lockfileVersion 2 or 3/);
  });
});

describe('packageNameFromPath', () => {
  it('should take the last node_modules segment, scoped names included', () => {
    expect(packageNameFromPath('node_modules/a/node_modules/@s/b')).toBe('@s/b');
    expect(packageNameFromPath('apps/api')).toBeUndefined();
  });
});
