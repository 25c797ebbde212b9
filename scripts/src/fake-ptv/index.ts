/** Fake PTV Open API v11 for tests and benchmarks. */
export { startFakePtv } from './server.js';
export type { FakePtvFault, FakePtvKind, FakePtvOptions, FakePtvServer, FakePtvStatus } from './server.js';
export { PtvGenerator, fakeId, fakeIndex, ptvTimestamp } from './generator.js';
export type { GeneratorOptions } from './generator.js';
