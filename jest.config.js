/** Tests run TypeScript through SWC with decorator metadata, which type-graphql and TypeORM rely on. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(ts|js)$': swc },
  // jose ships ES modules only; Jest's CommonJS runtime needs it compiled like our code.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
  setupFiles: ['<rootDir>/tests/setup/reflect.ts'],
  testTimeout: 30000,
  maxWorkers: 2,
  // A worker that ran forty API files holds ~1.5 GB and takes 0.8-1.0 s to end after its 'exit' event
  // (measured: no handle open, 'exit' within 20 ms of Jest's request), past the default 0.5 s: Jest then
  // killed it and warned "A worker process has failed to exit gracefully". A real leak still never exits.
  workerGracefulExitTimeout: 3_000,
};
