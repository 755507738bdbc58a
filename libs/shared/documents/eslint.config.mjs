import baseConfig from '../../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Plain TypeScript: usable from any server code, and its Jest target runs without Nest's flags.
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@nestjs/*'], message: 'shared/documents stays framework-free.' }] },
      ],
    },
  },
];
