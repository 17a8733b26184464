import { startStack } from './index';

/**
 * Jest global setup: installs and starts the local servers (or checks the running ones) before
 * any test file runs, so a failure is reported once, naming the server, instead of as
 * connection errors in every test.
 */
export default async function globalSetup(): Promise<void> {
  await startStack();
}
