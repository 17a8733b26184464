import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import type { Component } from './component';
import type { StackConfig } from './stack.config';
import type { StackServer } from './stack-server';

const PROBE_TIMEOUT_MS = 3_000;

/**
 * FerretDB speaking the MongoDB wire protocol over SQLite files (one per database) in the
 * data dir. Its HTTP debug listener (metrics, pprof) is off unless FERRETDB_DEBUG_PORT is set,
 * so its fixed default port cannot clash with anything.
 */
export function ferretdbServer(config: StackConfig, ferretdb: Component): StackServer {
  const { host, ports } = config;
  const stateDir = join(config.dataDir, 'ferretdb');
  const sqliteDir = join(stateDir, 'sqlite');
  const debug = ports.ferretdbDebug;
  return {
    name: 'ferretdb',
    ports: debug === undefined ? [ports.ferretdb] : [ports.ferretdb, debug],
    endpoint: config.appEnv.MONGODB_URI,
    components: [ferretdb],
    stateDir,
    async prepare() {
      await mkdir(sqliteDir, { recursive: true });
      return {
        command: ferretdb.artifact,
        cwd: stateDir,
        args: [
          '--handler=sqlite',
          // FerretDB wants a directory URI with a trailing slash.
          `--sqlite-url=file:${sqliteDir}/`,
          `--listen-addr=${host}:${ports.ferretdb.port}`,
          `--state-dir=${stateDir}`,
          `--debug-addr=${debug === undefined ? '-' : `${host}:${debug.port}`}`,
          '--telemetry=disable',
          // At warn, FerretDB logs ~20 lines for every client that disconnects (the driver's
          // endSessions is an unknown command to it); errors are what we need to see.
          '--log-level=error',
        ],
      };
    },
    async probe() {
      const client = new MongoClient(config.appEnv.MONGODB_URI, {
        serverSelectionTimeoutMS: PROBE_TIMEOUT_MS,
        connectTimeoutMS: PROBE_TIMEOUT_MS,
        socketTimeoutMS: PROBE_TIMEOUT_MS,
      });
      try {
        await client.connect();
        await client.db(config.mongoDatabase).admin().ping();
      } finally {
        await client.close();
      }
    },
  };
}
