// Scaffolds a library the way the workspace lays them out (STYLE.md §1):
//   node tools/scripts/make-lib.mjs <scope> <type> <platform> "<purpose>" [jest:node|jest:angular|jest:nest]
// The purpose is one sentence for the README: what the library holds. A library without one is refused.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const [scope, type, platform, purpose, jest] = process.argv.slice(2);
if (!scope || !type || !platform || !purpose?.trim() || /^todo\b/i.test(purpose.trim())) {
  console.error(
    'usage: make-lib.mjs <scope> <type> <platform> "<purpose>" [jest:node|jest:angular|jest:nest]',
  );
  console.error(
    '  <purpose>: one sentence saying what the library holds (written into its README).',
  );
  process.exit(2);
}
const dir = join('libs', scope, type);
const name = `${scope}-${type}`;
const up = '../../../';
mkdirSync(join(dir, 'src'), { recursive: true });
const write = (file, text) => {
  const p = join(dir, file);
  if (!existsSync(p)) writeFileSync(p, text);
};
const targets = {};
if (jest) {
  const nodeOptions = jest === 'jest:nest' ? 'NODE_OPTIONS=--experimental-vm-modules ' : '';
  targets.test = {
    executor: 'nx:run-commands',
    cache: true,
    inputs: ['default', '^production', '{workspaceRoot}/jest.preset.js'],
    outputs: [],
    options: { command: `${nodeOptions}jest --config ${dir}/jest.config.cts --passWithNoTests` },
  };
}
write(
  'project.json',
  JSON.stringify(
    {
      name,
      $schema: `${up}node_modules/nx/schemas/project-schema.json`,
      sourceRoot: `${dir}/src`,
      projectType: 'library',
      tags: [
        `scope:${scope}`,
        `type:${type === 'api-core' ? 'api' : type === 'data-access' || type === 'ui' ? 'web' : type}`,
        `platform:${platform}`,
      ],
      targets,
    },
    null,
    2,
  ) + '\n',
);
const angular = platform === 'web';
write(
  'tsconfig.json',
  JSON.stringify(
    {
      extends: `${up}tsconfig.base.json`,
      compilerOptions: angular
        ? {
            strict: true,
            noImplicitOverride: true,
            noPropertyAccessFromIndexSignature: true,
            noImplicitReturns: true,
            noFallthroughCasesInSwitch: true,
            isolatedModules: true,
            target: 'es2022',
            module: 'preserve',
            emitDecoratorMetadata: false,
          }
        : { strict: true, module: 'commonjs', esModuleInterop: true },
      ...(angular
        ? {
            angularCompilerOptions: {
              strictInjectionParameters: true,
              strictInputAccessModifiers: true,
              strictTemplates: true,
            },
          }
        : {}),
      files: [],
      include: [],
      references: [
        { path: './tsconfig.lib.json' },
        ...(jest ? [{ path: './tsconfig.spec.json' }] : []),
      ],
    },
    null,
    2,
  ) + '\n',
);
write(
  'tsconfig.lib.json',
  JSON.stringify(
    {
      extends: './tsconfig.json',
      compilerOptions: { outDir: `${up}dist/out-tsc`, types: angular ? [] : ['node'] },
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.spec.ts', 'src/test-setup.ts', 'jest.config.cts'],
    },
    null,
    2,
  ) + '\n',
);
if (jest) {
  write(
    'tsconfig.spec.json',
    JSON.stringify(
      {
        extends: './tsconfig.json',
        compilerOptions: {
          outDir: `${up}dist/out-tsc`,
          module: 'commonjs',
          moduleResolution: 'bundler',
          types: ['jest', 'node'],
          ...(angular ? { isolatedModules: true } : {}),
        },
        include: ['jest.config.cts', 'src/**/*.spec.ts', 'src/**/*.d.ts'],
        ...(angular ? { files: ['src/test-setup.ts'] } : {}),
      },
      null,
      2,
    ) + '\n',
  );
  write(
    'jest.config.cts',
    angular
      ? `module.exports = {
  displayName: '${name}',
  preset: '${up}jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '${up}coverage/${dir}',
  transform: {
    '^.+\\\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\\\.(html|svg)$' },
    ],
  },
  transformIgnorePatterns: ['node_modules/(?!.*\\\\.mjs$)'],
};
`
      : `module.exports = {
  displayName: '${name}',
  preset: '${up}jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '${up}coverage/${dir}',
};
`,
  );
  if (angular)
    write(
      'src/test-setup.ts',
      `import '@angular/localize/init';\nimport { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';\n\nsetupZonelessTestEnv();\n`,
    );
}
write(
  'eslint.config.mjs',
  angular
    ? `import nx from '@nx/eslint-plugin';\nimport baseConfig from '${up}eslint.config.mjs';\nimport { angularRules } from '${up}eslint.angular.mjs';\n\nexport default [\n  ...nx.configs['flat/angular'],\n  ...nx.configs['flat/angular-template'],\n  ...baseConfig,\n  ...angularRules,\n];\n`
    : `import baseConfig from '${up}eslint.config.mjs';\n\nexport default [...baseConfig];\n`,
);
write('src/index.ts', `export {};\n`);
write(
  'README.md',
  `# @thidua/${scope}/${type}\n\nPurpose: ${purpose.trim()}\nPublic API: \`src/index.ts\`.\nAllowed importers: see the boundary table in \`docs/architecture.md\`.\n`,
);
console.log(`created ${dir}`);
