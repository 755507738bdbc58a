const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    // Each bundle's exports on module.exports: the render pool (piscina) calls render-worker.js's default export.
    library: { type: 'commonjs2' },
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // Documents render in a pool of worker threads (libs/shared/api-core RenderService); the sealed
      // ballot box checks votes' proofs in worker threads (libs/ballots/api BallotSealService).
      additionalEntryPoints: [
        { entryName: 'render-worker', entryPath: './src/render-worker.ts' },
        { entryName: 'seal-worker', entryPath: './src/seal-worker.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      assets: [
        './src/assets',
        // Tinos fonts of @thidua/shared/documents, found at run time as <dist>/assets/fonts.
        { input: 'libs/shared/documents/src/assets/fonts', glob: '*', output: 'assets/fonts' },
      ],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
    }),
  ],
};
