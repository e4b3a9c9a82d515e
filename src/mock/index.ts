// The mock as a library, `alb-createlistener-contract/mock`: start it from a test runner's global
// set-up (vitest, Playwright, Jest) and close it when done. `port: 0` picks a free port. The same
// function and options as `alb-contract mock` uses (server.ts), quiet unless given `log`.
//
//   import { startMock } from 'alb-createlistener-contract/mock';
//   const mock = await startMock({ port: 0, stateful: true });
//   process.env.ALB_ENDPOINT = mock.url;   // ... then: await mock.close();
export { type MockOptions, type RunningMock, startMock } from './server.ts';
export type { StoreOptions } from './state/open-store.ts';
export type { FaultConfig } from './faults.ts';
