/**
 * `node -r @swc-node/register tools/stack/src/temporal-tls-proxy.ts --listen host:port --target
 * host:port --ca ca.crt --cert server.crt --key server.key --state-dir dir`: the secure stack's
 * mTLS front of the Temporal dev server.
 *
 * Why it exists: the pinned Temporal CLI (1.5.1) dev server has no TLS options at all (its
 * `temporalcli/devserver/server.go` listens plaintext only), and the apps must be proven against
 * an mTLS endpoint such as Temporal Cloud's. This terminator does the real TLS part: a TLS 1.2+
 * handshake with the local CA's server certificate, ALPN `h2` (gRPC's), and a client certificate
 * that must be signed by the local CA (`requestCert` + `rejectUnauthorized`: a client without one,
 * or with another CA's, is refused during the handshake). Behind it the bytes go unchanged to the
 * dev server's plaintext port (gRPC over h2c), so nothing of gRPC is re-implemented here.
 * `--state-dir` is unused except as the process's identity in its argv (see `StackServer.stateDir`).
 */
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { createServer } from 'node:tls';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    listen: { type: 'string' },
    target: { type: 'string' },
    ca: { type: 'string' },
    cert: { type: 'string' },
    key: { type: 'string' },
    'state-dir': { type: 'string' },
  },
  strict: true,
});

function required(name: keyof typeof values): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') {
    console.error(`temporal-tls-proxy: --${name} is required`);
    process.exit(2);
  }
  return value;
}

function hostPort(value: string): { host: string; port: number } {
  const at = value.lastIndexOf(':');
  return { host: value.slice(0, at), port: Number(value.slice(at + 1)) };
}

const listen = hostPort(required('listen'));
const target = hostPort(required('target'));
required('state-dir');
const open = new Set<Socket>();

const server = createServer(
  {
    ca: readFileSync(required('ca')),
    cert: readFileSync(required('cert')),
    key: readFileSync(required('key')),
    requestCert: true,
    rejectUnauthorized: true,
    ALPNProtocols: ['h2'],
    minVersion: 'TLSv1.2',
  },
  (client) => {
    const upstream = connect(target);
    open.add(client);
    open.add(upstream);
    // Either side closing or failing ends both: a half-open gRPC stream is worse than a reconnect.
    const end = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.pipe(upstream);
    upstream.pipe(client);
  },
);

// Refused handshakes are the point of this server: say which and why (no certificate, wrong CA…).
server.on('tlsClientError', (error, socket) => {
  console.error(`${new Date().toISOString()} refused ${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}: ${error.message}`);
});

server.listen(listen.port, listen.host, () => {
  console.log(`${new Date().toISOString()} temporal mTLS terminator listening on ${listen.host}:${listen.port} -> ${target.host}:${target.port}`);
});

const stop = () => {
  server.close();
  for (const socket of open) socket.destroy();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
