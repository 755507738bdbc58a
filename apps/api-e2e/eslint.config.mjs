import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Integration tests boot the API's own AppModule, so they import from apps/api.
    files: ['**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
