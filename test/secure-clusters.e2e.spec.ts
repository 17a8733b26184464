import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect as tlsConnect } from 'node:tls';
import { join } from 'node:path';
import { Connection, type TLSConfig } from '@temporalio/client';
import { Kafka, logLevel, type KafkaConfig } from 'kafkajs';
import { startStack, stackConfig } from '@duban/stack';
import { waitFor } from '@duban/testing';
import { today } from './support/dates';
import { DubanHarness, type AuditItem } from './support/duban-harness';

/**
 * The apps against managed-cluster style endpoints (issue 14, "Clusters"): the secure servers of
 * the stack tool, a Kafka whose only client listener is SASL_SSL (SCRAM-SHA-512, the local CA's
 * server certificate) and a Temporal endpoint that requires a client certificate (mTLS; the dev
 * server has no TLS, so the stack puts a TLS terminator in front of it, see
 * `tools/stack/src/temporal-tls-proxy.ts`). The three apps and this harness get only the
 * connection variables of `@duban/config` (KAFKA_TLS_*, KAFKA_SASL_*, TEMPORAL_TLS_*): a task
 * goes through (update accepted by the workflow, events published over SASL_SSL, consumed, the
 * audit record and the inbox projection written), and the negative checks prove TLS and SASL are
 * really enforced.
 */
const stack = stackConfig();
const secure = stack.secureAppEnv;
const ca = (): Buffer => readFileSync(stack.secureFiles.caCert);
const password = (): string => readFileSync(stack.secureFiles.kafkaSaslPassword, 'utf8').trim();
const PROBE_MS = 3_000;

let duban: DubanHarness;
let admin: string;
let stiic: string;
let supervisor: string;
const planId = `e2e-secure-${Date.now().toString(36)}`;
/** STIIC's T3: no co-units, so one write (the submission) takes it to `submitted`. */
const t3 = `${planId}.T3.STIIC`;

/** A one-shot kafkajs client to the secure broker; `connect()` of its admin is what is checked. */
async function kafkaAdminConnects(config: Omit<KafkaConfig, 'brokers' | 'clientId'>): Promise<string> {
  const client = new Kafka({ brokers: [secure.KAFKA_BROKERS], clientId: 'e2e-secure-probe', connectionTimeout: PROBE_MS, requestTimeout: PROBE_MS, retry: { retries: 0 }, logLevel: logLevel.NOTHING, ...config });
  const kafkaAdmin = client.admin();
  try {
    await kafkaAdmin.connect();
    return (await kafkaAdmin.describeCluster()).clusterId;
  } finally {
    await kafkaAdmin.disconnect();
  }
}

/** One Temporal call through the terminator with `tls` (false: plaintext h2c). */
async function temporalAnswers(tls: TLSConfig | false): Promise<string> {
  const connection = await Connection.connect({ address: secure.TEMPORAL_ADDRESS, tls, connectTimeout: PROBE_MS });
  try {
    const info = await connection.withDeadline(Date.now() + PROBE_MS, () => connection.workflowService.getSystemInfo({}));
    return info.serverVersion ?? 'unknown';
  } finally {
    await connection.close();
  }
}

/**
 * Sends a write as a client honouring 503 + Retry-After does: on a busy shared machine the
 * workflow may not answer within the request's budget (a 503 is the API's documented answer to a
 * slow dependency, not a failure of TLS or SASL). Returns the first other answer and whether a
 * 503 came before it (then a repeat refused as already done means the first attempt applied; the
 * audit trail proves it applied once).
 */
async function asAClientWould(what: string, send: () => Promise<{ status: number; body: unknown }>): Promise<{ status: number; body: { status?: string; code?: string }; retried: boolean }> {
  let retried = false;
  return waitFor(
    what,
    async () => {
      const res = await send();
      if (res.status !== 503) return { status: res.status, body: res.body as { status?: string; code?: string }, retried };
      retried = true;
      return undefined;
    },
    { timeoutMs: 90_000, intervalMs: 1_000 },
  );
}

/** A 200, or, after a 503, the refusal of the repeat as already done (`alreadyDone`). */
function expectApplied(answer: Awaited<ReturnType<typeof asAClientWould>>, alreadyDone: string): void {
  if (answer.status === 200) return;
  expect({ retried: answer.retried, status: answer.status, code: answer.body.code }).toEqual({ retried: true, status: 409, code: alreadyDone });
}

/**
 * A TLS handshake with the terminator (trusting the local CA, offering ALPN h2 and `pair` if
 * given), then HTTP/2's connection preface: `answered over h2` once the server behind it sends its
 * first frame, else the alert's error code, or `closed` when the terminator hangs up unanswered.
 */
function handshake(pair?: { crt: Buffer; key: Buffer }): Promise<string> {
  const [host, port] = secure.TEMPORAL_ADDRESS.split(':') as [string, string];
  return new Promise((resolve) => {
    // servername: the certificate's DNS name (an IP as SNI is deprecated in Node; the SAN has both).
    const socket = tlsConnect({ host, port: Number(port), servername: 'localhost', ca: ca(), ALPNProtocols: ['h2'], ...(pair && { cert: pair.crt, key: pair.key }) });
    const done = (outcome: string) => {
      socket.destroy();
      resolve(outcome);
    };
    socket.setTimeout(15_000, () => done('no answer within 15 s'));
    // The client preface and an empty SETTINGS frame; an HTTP/2 server answers with its own SETTINGS.
    socket.once('secureConnect', () => socket.write(Buffer.concat([Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'), Buffer.from([0, 0, 0, 4, 0, 0, 0, 0, 0])])));
    socket.once('data', () => done(`answered over ${String(socket.alpnProtocol)}`));
    socket.once('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message));
    socket.once('close', () => done('closed'));
  });
}

/** A client certificate and key signed by a throw-away CA that the terminator does not trust. */
function strangerClientPair(): { crt: Buffer; key: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'duban-stranger-'));
  try {
    const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
    openssl('req', '-x509', '-new', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=stranger CA', '-keyout', 'ca.key', '-out', 'ca.crt', '-addext', 'basicConstraints=critical,CA:TRUE');
    openssl('req', '-new', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=duban-client', '-keyout', 'client.key', '-out', 'client.csr');
    openssl('x509', '-req', '-in', 'client.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '1', '-out', 'client.crt');
    return { crt: readFileSync(join(dir, 'client.crt')), key: readFileSync(join(dir, 'client.key')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  // Also when this file runs alone: starts the secure servers beside the plain ones (a no-op check when up).
  await startStack({ secure: true });
  const { MONGODB_URI: _sameStoreAsAlways, ...connections } = secure;
  duban = await DubanHarness.start('secure', connections);
  admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  stiic = await duban.token({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
  supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
}, 300_000);

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

describe('the apps against SASL_SSL Kafka and mTLS Temporal', () => {
  it('talk to the secure servers only: the harness sees the secure Kafka cluster and Temporal through the terminator', async () => {
    const servers = await duban.identify();
    console.log(`secure end-to-end against: ${JSON.stringify(servers)}`);
    const secureClusterId = readFileSync(join(stack.secureFiles.dir, 'kafka', 'cluster-id'), 'utf8').trim();
    expect(servers.kafka).toEqual({ brokers: [secure.KAFKA_BROKERS], clusterId: secureClusterId, brokerCount: 1 });
    expect(servers.temporal.address).toBe(secure.TEMPORAL_ADDRESS);
    expect(servers.temporal.serverVersion).toMatch(/^\d+\.\d+/);
  });

  it('a task goes through: plan loaded, the submission accepted by the workflow, events audited and projected', async () => {
    const started = await asAClientWould('the plan', () => duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: today() }, admin));
    if (started.status !== 201) expectApplied(started, 'PLAN.ALREADY_EXISTS');
    await duban.auditOf(t3, supervisor, 1);
    const submitted = await asAClientWould('the submission', () => duban.api.post(`/tasks/${t3}/submit`, { summary: '园区建设跟踪报告' }, stiic));
    expectApplied(submitted, 'TASK.OUT_OF_TURN');
    if (submitted.status === 200) expect(submitted.body.status).toBe('submitted');

    // Published by the worker through SASL_SSL, consumed by the audit group through SASL_SSL.
    const events = await duban.auditOf(t3, supervisor, 2);
    expect(events.map((e: AuditItem) => [e.type, e.sequence])).toEqual([
      ['duban.task.assigned.v1', 1],
      ['duban.task.submitted.v1', 2],
    ]);
    expect(events[1]?.data.actor).toEqual({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
    // …and by the tasks group into the inbox projection.
    const task = await duban.eventually<{ items: { taskId: string; status: string }[] }, { status: string }>('T3 submitted in the inbox', `/tasks?planId=${planId}&limit=100`, supervisor, (body) =>
      body.items.find((t) => t.taskId === t3 && t.status === 'submitted'),
    );
    expect(task.status).toBe('submitted');
  });

  it('Kafka: the right SCRAM password is let in (SHA-512 and SHA-256); a wrong one and a plaintext client are refused', async () => {
    const username = secure.KAFKA_SASL_USERNAME;
    const clusterId = await kafkaAdminConnects({ ssl: { ca: [ca()] }, sasl: { mechanism: 'scram-sha-512', username, password: password() } });
    expect(clusterId).toMatch(/\S/);
    expect(await kafkaAdminConnects({ ssl: { ca: [ca()] }, sasl: { mechanism: 'scram-sha-256', username, password: password() } })).toBe(clusterId);

    await expect(kafkaAdminConnects({ ssl: { ca: [ca()] }, sasl: { mechanism: 'scram-sha-512', username, password: `${password()}x` } })).rejects.toThrow(/SASL SCRAM SHA512 authentication failed/);
    await expect(kafkaAdminConnects({ ssl: { ca: [ca()] }, sasl: { mechanism: 'scram-sha-512', username: 'intruder', password: password() } })).rejects.toThrow(/authentication failed/);
    // No TLS at all: the broker reads the Kafka request as a broken TLS record and drops the connection.
    await expect(kafkaAdminConnects({})).rejects.toThrow();
    // TLS without SASL: the listener expects a SASL handshake first and closes the connection.
    await expect(kafkaAdminConnects({ ssl: { ca: [ca()] } })).rejects.toThrow();
    // TLS with a CA that did not sign the broker's certificate (the system roots): refused by the client.
    await expect(kafkaAdminConnects({ ssl: true, sasl: { mechanism: 'scram-sha-512', username, password: password() } })).rejects.toThrow(/self-signed|unable to verify|certificate/i);
  });

  it('Temporal: the terminator refuses a client without a certificate, with a stranger’s certificate and a plaintext one; with the client certificate it answers', async () => {
    const crt = readFileSync(secure.TEMPORAL_TLS_CERT_FILE);
    const key = readFileSync(secure.TEMPORAL_TLS_KEY_FILE);
    const stranger = strangerClientPair();

    // The handshake itself, as the terminator answers it (the SDK's errors blur the reason).
    expect(await handshake()).toBe('ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED');
    // A stranger's certificate passes the TLS handshake's own messages, then fails the CA check: closed unanswered.
    expect(await handshake(stranger)).toBe('closed');
    expect(await handshake({ crt, key })).toBe('answered over h2');

    // And as a Temporal client meets it.
    await expect(temporalAnswers({ serverRootCACertificate: ca() })).rejects.toThrow();
    await expect(temporalAnswers({ serverRootCACertificate: ca(), clientCertPair: stranger })).rejects.toThrow();
    await expect(temporalAnswers(false)).rejects.toThrow();
    expect(await temporalAnswers({ serverRootCACertificate: ca(), clientCertPair: { crt, key } })).toMatch(/^\d+\.\d+/);
  });
});
