import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import type { Component } from './component';
import { ensureFerretdbDatabase } from './postgres.server';
import type { StackConfig } from './stack.config';
import type { StackServer } from './stack-server';

const PROBE_TIMEOUT_MS = 3_000;

/**
 * FerretDB speaking the MongoDB wire protocol over the local PostgreSQL (one schema per MongoDB
 * database). Its SQLite backend, the earlier default, wedged under ordinary concurrent use and
 * scanned whole collections for filtered pages (issue 9). Its HTTP debug listener (metrics,
 * pprof) is off unless FERRETDB_DEBUG_PORT is set, so its fixed default port cannot clash.
 */
export function ferretdbServer(config: StackConfig, ferretdb: Component): StackServer {
  const { host, ports } = config;
  const stateDir = join(config.dataDir, 'ferretdb');
  const debug = ports.ferretdbDebug;
  const pg = config.postgres;
  const postgresUrl = `postgres://${pg.user}@${host}:${ports.postgres.port}/${pg.database}?pool_max_conns=${pg.ferretdbPoolMaxConns}`;
  return {
    name: 'ferretdb',
    ports: debug === undefined ? [ports.ferretdb] : [ports.ferretdb, debug],
    endpoint: config.appEnv.MONGODB_URI,
    components: [ferretdb],
    stateDir,
    after: 'postgres',
    async prepare() {
      await mkdir(stateDir, { recursive: true });
      await ensureFerretdbDatabase(config);
      return {
        command: ferretdb.artifact,
        cwd: stateDir,
        args: [
          '--handler=pg',
          `--postgresql-url=${postgresUrl}`,
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
        // ping alone is answered without touching PostgreSQL; listing collections is a real query.
        await client.db(config.mongoDatabase).admin().ping();
        await client.db(config.mongoDatabase).listCollections({}, { nameOnly: true }).toArray();
      } finally {
        await client.close();
      }
    },
  };
}
