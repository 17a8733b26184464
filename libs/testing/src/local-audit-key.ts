import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stackConfig } from '@duban/stack';

/**
 * The local stack's audit chain key file (issue 12): `<data dir>/secrets/audit-chain.key`, made
 * once (48 random bytes, base64), mode 0600 in a 0700 folder, outside the database, so that
 * whoever can write the local store cannot forge the chain. Returns its path. Never used in a
 * deployment, which sets `AUDIT_CHAIN_KEY` or `AUDIT_CHAIN_KEY_FILE` itself (an app without one
 * refuses to start).
 */
export function localAuditChainKeyFile(dataDir: string = stackConfig().dataDir): string {
  const dir = path.join(dataDir, 'secrets');
  const file = path.join(dir, 'audit-chain.key');
  try {
    if (readFileSync(file, 'utf8').trim().length >= 32) return file;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // 'wx': two processes starting at once must not overwrite each other's key.
  try {
    writeFileSync(file, `${randomBytes(48).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  chmodSync(file, 0o600);
  return file;
}
