import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { exists } from './log-tail';
import { runCommand } from './run-command';
import type { StackConfig, StackSecureFiles } from './stack.config';

/**
 * Days the local certificates are valid. Long, because nothing renews them: a data dir whose
 * certificates expire is deleted and made again. (825 days is what Apple and browsers accept for
 * a server certificate, so the same files also work in a browser or a macOS client.)
 */
const VALID_DAYS = 825;

/** One generation per data dir in this process: the secure Kafka and the terminator prepare side by side. */
const pending = new Map<string, Promise<StackSecureFiles>>();

/**
 * Makes, once per data dir, a local CA and, signed by it, a server certificate for 127.0.0.1
 * and localhost and a client certificate (CN `duban-client`), with `openssl` into
 * `<dataDir>/secure/tls/`. Keys are unencrypted PKCS#8 PEM (what Kafka's PEM key store and Node
 * read); the files are 0600. Later calls find the files and do nothing.
 *
 * The certificates are generated into a temporary directory and renamed into place, so an
 * interrupted run leaves no half-made set behind.
 *
 * @throws StackError `STACK.TOOL_MISSING` without `openssl`, `STACK.INSTALL_FAILED` if it fails.
 */
export function ensureTlsCerts(config: StackConfig, logFile: string): Promise<StackSecureFiles> {
  const files = config.secureFiles;
  const tlsDir = dirname(files.caCert);
  let run = pending.get(tlsDir);
  if (run === undefined) {
    run = makeCerts(files, tlsDir, logFile);
    pending.set(tlsDir, run);
    // A failure must not stick: the next start tries again.
    run.catch(() => pending.delete(tlsDir));
  }
  return run;
}

async function makeCerts(files: StackSecureFiles, tlsDir: string, logFile: string): Promise<StackSecureFiles> {
  if (await exists(files.clientKey)) return files;
  const work = `${tlsDir}.tmp-${process.pid}`;
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true, mode: 0o700 });
  const openssl = (...args: string[]) => runCommand('openssl', args, { cwd: work, logFile });
  const at = (name: string) => join(work, name);

  // The CA: v3 with CA:TRUE and keyCertSign, or rustls (Temporal's Rust core) refuses the chain.
  await openssl(
    'req', '-x509', '-new', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', String(VALID_DAYS),
    '-subj', '/CN=Duban local stack CA', '-keyout', at('ca.key'), '-out', at('ca.crt'),
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  );
  const leaf = async (name: string, subject: string, extensions: string) => {
    await writeFile(at(`${name}.ext`), extensions);
    await openssl('req', '-new', '-newkey', 'rsa:2048', '-nodes', '-subj', subject, '-keyout', at(`${name}.key`), '-out', at(`${name}.csr`));
    await openssl(
      'x509', '-req', '-in', at(`${name}.csr`), '-CA', at('ca.crt'), '-CAkey', at('ca.key'), '-CAcreateserial',
      '-sha256', '-days', String(VALID_DAYS), '-extfile', at(`${name}.ext`), '-out', at(`${name}.crt`),
    );
    await rm(at(`${name}.csr`));
    await rm(at(`${name}.ext`));
  };
  // End-entity certificates must say CA:FALSE and carry a SAN (rustls and Node check the SAN only, never the CN).
  await leaf(
    'server',
    '/CN=localhost',
    'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n',
  );
  await leaf('client', '/CN=duban-client', 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n');
  await rm(tlsDir, { recursive: true, force: true });
  await rename(work, tlsDir);
  return files;
}
