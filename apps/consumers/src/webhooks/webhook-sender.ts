import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { CLOUDEVENTS_JSON, WebhookHeader, type WebhookFailure } from '@duban/contracts';
import { signatureHeader, type HmacSha256Hex } from '@duban/domain';
import { decideEgress, systemLookup, type EgressAllowList, type EgressLookup, type ResolvedAddress } from '@duban/domain/egress';

/** Node's HMAC-SHA256, hex: the one the `Duban-Signature` scheme is computed with. */
export const nodeHmacSha256: HmacSha256Hex = (secret, message) => createHmac('sha256', secret).update(message, 'utf8').digest('hex');

/**
 * The Standard Webhooks signature (`webhook-signature`): `v1,` and the base64 HMAC-SHA256 of
 * `{id}.{timestamp}.{body}` under the key the secret encodes (`whsec_<base64>`: the bytes after the
 * prefix, base64-decoded; Node's decoder reads the base64url of secrets issued before issue 12 too).
 *
 * @param timestamp unix seconds
 */
export function standardWebhooksSignature(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64')}`;
}

export interface WebhookRequest {
  url: string;
  secret: string;
  deliveryId: string;
  eventId: string;
  eventType: string;
  /** The CloudEvent JSON, sent byte for byte as stored. */
  body: string;
  attempt: number;
}

export type WebhookResponse =
  | { kind: 'delivered'; status: number }
  | { kind: 'gone'; status: 410 }
  | {
      kind: 'failed';
      status?: number;
      /** What is stored and shown (`lastError`). */
      failure: WebhookFailure;
      /** For the consumers' log only (an operator's eyes): never stored, never shown through the API. */
      detail: string;
      /** False for `egress-refused`: the same address would be refused again. */
      retryable: boolean;
    };

export interface SendOptions {
  /** The whole attempt's budget (resolve, connect, answer), ms. */
  timeoutMs: number;
  allow: EgressAllowList;
  /** Name resolution; the system resolver by default. Tests pass their own to play a rebinding DNS server. */
  lookup?: EgressLookup;
  now?: Date;
}

/**
 * One attempt: resolves the host, checks every address against the egress policy, then POSTs the
 * CloudEvent (structured mode) to a checked address only, with its signature and delivery headers
 * (`Duban-*` and the Standard Webhooks `webhook-*`).
 *
 * The connection is pinned: `http.request` gets a `lookup` that answers the addresses just
 * checked, so a DNS answer that changes between check and connect (rebinding) cannot move it
 * inside; `Host` and TLS SNI (and the certificate check) still use the URL's name. One connection
 * per attempt (no keep-alive pool), so no socket opened for an earlier decision is reused.
 *
 * A 2xx is delivered; 410 Gone means the receiver wants no more; anything else, a redirect (not
 * followed: the subscription's URL is the only place an event goes), a timeout or a network
 * error is a failed attempt, classified. The receiver's answer is drained and discarded unread.
 */
export async function sendWebhook(request: WebhookRequest, options: SendOptions): Promise<WebhookResponse> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const timestamp = Math.floor(now.getTime() / 1000);
  let target: URL;
  try {
    target = new URL(request.url);
  } catch {
    return failed('egress-refused', `the stored URL does not parse: ${JSON.stringify(request.url)}`, false);
  }
  const lookup = options.lookup ?? systemLookup(options.timeoutMs);
  const decision = await decideEgress(target, options.allow, lookup);
  if (!decision.ok) return decision.failure === 'dns-failure' ? failed('dns-failure', decision.reason, true) : failed('egress-refused', `${decision.rule}: ${decision.reason}`, false);
  const remainingMs = options.timeoutMs - (Date.now() - started);
  if (remainingMs <= 0) return failed('timeout', `name resolution used the whole ${options.timeoutMs} ms`, true);

  const secure = target.protocol === 'https:';
  const host = target.hostname.replace(/^\[(.*)\]$/, '$1');
  const headers: http.OutgoingHttpHeaders = {
    host: target.host,
    'content-type': CLOUDEVENTS_JSON,
    'content-length': Buffer.byteLength(request.body, 'utf8'),
    'user-agent': 'Duban-Webhooks/1',
    [WebhookHeader.EventId]: request.eventId,
    [WebhookHeader.EventType]: request.eventType,
    [WebhookHeader.DeliveryId]: request.deliveryId,
    [WebhookHeader.DeliveryAttempt]: String(request.attempt),
    [WebhookHeader.Signature]: signatureHeader(request.secret, request.body, timestamp, nodeHmacSha256),
    [WebhookHeader.StandardId]: request.eventId,
    [WebhookHeader.StandardTimestamp]: String(timestamp),
    [WebhookHeader.StandardSignature]: standardWebhooksSignature(request.secret, request.eventId, timestamp, request.body),
  };
  return new Promise<WebhookResponse>((resolve) => {
    const req = (secure ? https : http).request({
      host,
      port: target.port === '' ? (secure ? 443 : 80) : Number(target.port),
      path: `${target.pathname}${target.search}`,
      method: 'POST',
      headers,
      agent: false,
      // Node 20 connects with happy eyeballs by default (autoSelectFamily), over what this answers: the checked addresses only.
      lookup: pinnedLookup(decision.addresses),
      ...(secure && isIP(host) === 0 && { servername: host.replace(/\.$/, '') }),
    });
    // Bounds the whole exchange, draining the answer included: a receiver that trickles is cut off.
    const timer = setTimeout(() => req.destroy(Object.assign(new Error(`no answer within ${options.timeoutMs} ms`), { code: 'WEBHOOK_TIMEOUT' })), remainingMs);
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      res.on('error', () => undefined);
      res.on('close', () => clearTimeout(timer));
      res.resume();
      resolve(answered(status));
    });
    req.on('error', (e) => {
      clearTimeout(timer);
      resolve(failedConnection(e));
    });
    req.end(request.body, 'utf8');
  });
}

/** A `lookup` for `net.connect` that answers only the checked addresses, whatever it is asked. */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
    const candidates = wanted.length > 0 ? wanted : addresses;
    if (options.all) {
      callback(null, candidates.map((a) => ({ address: a.address, family: a.family })));
      return;
    }
    const [first] = candidates as [ResolvedAddress];
    callback(null, first.address, first.family);
  };
}

function answered(status: number): WebhookResponse {
  if (status >= 200 && status < 300) return { kind: 'delivered', status };
  if (status === 410) return { kind: 'gone', status: 410 };
  const failure: WebhookFailure = status >= 300 && status < 400 ? 'redirect' : status >= 400 && status < 500 ? 'http-4xx' : status >= 500 && status < 600 ? 'http-5xx' : 'http-other';
  return { kind: 'failed', status, failure, detail: `HTTP ${status}`, retryable: true };
}

function failed(failure: WebhookFailure, detail: string, retryable: boolean): WebhookResponse {
  return { kind: 'failed', failure, detail, retryable };
}

const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|EPROTO$|HOSTNAME_MISMATCH|ERR_OSSL_)/;

/** Classifies a failed connection by its error code (the message goes to the log only). */
function failedConnection(e: Error): WebhookResponse {
  // With several addresses, happy eyeballs reports an AggregateError of each one's failure.
  const first = e instanceof AggregateError && e.errors[0] instanceof Error ? (e.errors[0] as Error) : e;
  const code = (first as NodeJS.ErrnoException).code ?? (e as NodeJS.ErrnoException).code ?? '';
  const detail = `${code ? `${code}: ` : ''}${first.message}`;
  if (code === 'WEBHOOK_TIMEOUT' || code === 'ETIMEDOUT') return failed('timeout', detail, true);
  if (code === 'ECONNREFUSED') return failed('connection-refused', detail, true);
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED') return failed('connection-reset', detail, true);
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL') return failed('unreachable', detail, true);
  if (code.startsWith('HPE_')) return failed('protocol-error', detail, true);
  if (TLS_CODE.test(code) || /\b(SSL|TLS)\b|certificate/i.test(first.message)) return failed('tls-error', detail, true);
  return failed('network-error', detail, true);
}
