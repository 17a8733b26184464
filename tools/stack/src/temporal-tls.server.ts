import { Connection } from '@temporalio/client';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StackConfig } from './stack.config';
import type { StackServer } from './stack-server';
import { ensureTlsCerts } from './tls-certs';

const PROBE_TIMEOUT_MS = 3_000;

/**
 * The secure stack's Temporal endpoint: `temporal-tls-proxy.ts` (an mTLS terminator, run with
 * this Node) on TEMPORAL_SECURE_PORT in front of the plain dev server, which has no TLS of its
 * own. Started after the plain Temporal server; healthy once a client presenting the local CA's
 * client certificate can describe the namespace through it.
 */
export function temporalTlsServer(config: StackConfig): StackServer {
  const { host, ports, secureFiles } = config;
  const stateDir = join(secureFiles.dir, 'temporal-tls');
  const address = config.secureAppEnv.TEMPORAL_ADDRESS;
  return {
    name: 'temporal-tls',
    ports: [ports.temporalSecure],
    endpoint: `${address} (mTLS -> ${config.appEnv.TEMPORAL_ADDRESS})`,
    after: 'temporal',
    components: [],
    stateDir,
    async prepare(logFile) {
      await ensureTlsCerts(config, logFile);
      await mkdir(stateDir, { recursive: true });
      return {
        command: process.execPath,
        // The repo root, where `@swc-node/register` resolves (the script is TypeScript like the rest of the tool).
        cwd: config.repoRoot,
        args: [
          '-r',
          '@swc-node/register',
          join(__dirname, 'temporal-tls-proxy.ts'),
          '--listen',
          `${host}:${ports.temporalSecure.port}`,
          '--target',
          config.appEnv.TEMPORAL_ADDRESS,
          '--ca',
          secureFiles.caCert,
          '--cert',
          secureFiles.serverCert,
          '--key',
          secureFiles.serverKey,
          '--state-dir',
          stateDir,
        ],
      };
    },
    async probe() {
      const [ca, crt, key] = await Promise.all([readFile(secureFiles.caCert), readFile(secureFiles.clientCert), readFile(secureFiles.clientKey)]);
      const connection = await Connection.connect({
        address,
        tls: { serverRootCACertificate: ca, clientCertPair: { crt, key } },
        connectTimeout: PROBE_TIMEOUT_MS,
      });
      try {
        await connection.withDeadline(Date.now() + PROBE_TIMEOUT_MS, () => connection.workflowService.describeNamespace({ namespace: config.temporalNamespace }));
      } finally {
        await connection.close();
      }
    },
  };
}
