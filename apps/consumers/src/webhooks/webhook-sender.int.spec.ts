import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { verifySignature } from '@duban/domain';
import { parseEgressAllowList, type EgressLookup } from '@duban/domain/egress';
import { sendWebhook, standardWebhooksSignature, type WebhookRequest } from './webhook-sender';

/**
 * The sender against real sockets on 127.0.0.1: the egress policy is applied before any
 * connection (a refused address never sees a request), the connection goes to the address that
 * was checked and to no other (pinned), failures are classified and the receiver's answer is
 * never kept, and both signature schemes verify (Standard Webhooks with its published verifier).
 */
interface Seen {
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server;
let port: number;
const seen: Seen[] = [];
let answer: { status: number; body: string; headers?: Record<string, string> } | 'hang' = { status: 204, body: '' };

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (answer === 'hang') return;
      res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen.length = 0;
  answer = { status: 204, body: '' };
});

const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const request = (url: string): WebhookRequest => ({
  url,
  secret,
  deliveryId: 'whs_0123456789abcdef01234567:evt-1',
  eventId: 'evt-1',
  eventType: 'duban.task.submitted.v1',
  body: '{"specversion":"1.0","id":"evt-1","type":"duban.task.submitted.v1","data":{"summary":"指标体系"}}',
  attempt: 1,
});
const loopbackAllowed = parseEgressAllowList('127.0.0.1');
const nothingAllowed = parseEgressAllowList(undefined);
/** A resolver that must not be asked (literal hosts, localhost names). */
const noLookup: EgressLookup = () => Promise.reject(new Error('the resolver was asked'));

describe('webhook sender: signatures', () => {
  it('computes the Standard Webhooks signature of the published example', () => {
    // The example of the Standard Webhooks specification and its libraries' tests.
    expect(standardWebhooksSignature('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });

  it('sends both schemes; the standardwebhooks package and our own verifier accept the request', async () => {
    const now = new Date();
    const response = await sendWebhook(request(`http://127.0.0.1:${port}/hooks?x=1`), { timeoutMs: 5000, allow: loopbackAllowed, lookup: noLookup, now });
    expect(response).toEqual({ kind: 'delivered', status: 204 });
    expect(seen).toHaveLength(1);
    const [{ headers, body }] = seen as [Seen];
    expect(body).toBe(request('').body);
    expect(headers).toMatchObject({
      host: `127.0.0.1:${port}`,
      'content-type': 'application/cloudevents+json',
      'webhook-id': 'evt-1',
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'duban-event-id': 'evt-1',
      'duban-delivery-attempt': '1',
    });
    expect(() => new Webhook(secret).verify(body, headers as Record<string, string>)).not.toThrow();
    expect(() => new Webhook('whsec_b3RoZXIgc2VjcmV0IG9mIGVub3VnaCBsZW5ndGg=').verify(body, headers as Record<string, string>)).toThrow();
    const hmac = (s: string, m: string) => createHmac('sha256', s).update(m, 'utf8').digest('hex');
    expect(verifySignature({ header: headers['duban-signature'] as string, rawBody: body, secret, nowSeconds: Math.floor(now.getTime() / 1000), hmac }).ok).toBe(true);
  });

  it('signs with the key a base64url secret (issued before issue 12) encodes, as its standard base64 form would', async () => {
    const key = Buffer.from('0123456789abcdef0123456789abcdef>>??');
    const url = `whsec_${key.toString('base64url')}`;
    const standard = `whsec_${key.toString('base64')}`;
    expect(url).not.toBe(standard);
    expect(standardWebhooksSignature(url, 'evt-1', 1_767_225_600, '{}')).toBe(standardWebhooksSignature(standard, 'evt-1', 1_767_225_600, '{}'));
  });
});

describe('webhook sender: egress policy at send time', () => {
  it.each([
    'http://127.0.0.1:PORT/x',
    'http://2130706433:PORT/x',
    'http://0x7f.1:PORT/x',
    'http://0177.0.0.1:PORT/x',
    'http://127.1:PORT/x',
    'http://[::ffff:127.0.0.1]:PORT/x',
    'http://[::1]:PORT/x',
    'http://localhost:PORT/x',
    'http://api.localhost:PORT/x',
    'http://0.0.0.0:PORT/x',
    'http://169.254.169.254/latest/meta-data/',
    'http://[64:ff9b::7f00:1]:PORT/x',
  ])('refuses %s without connecting, and does not retry it', async (template) => {
    const response = await sendWebhook(request(template.replace('PORT', String(port))), { timeoutMs: 2000, allow: nothingAllowed, lookup: noLookup });
    expect(response).toMatchObject({ kind: 'failed', failure: 'egress-refused', retryable: false });
    expect(response).not.toHaveProperty('status');
    expect(seen).toEqual([]);
  });

  it('refuses a name that resolves to a refused address, or also to one', async () => {
    for (const addresses of [['127.0.0.1'], ['93.184.216.34', '127.0.0.1'], ['10.0.0.8']]) {
      const lookup: EgressLookup = async () => addresses.map((address) => ({ address, family: 4 as const }));
      const response = await sendWebhook(request(`http://hooks.example.org:${port}/x`), { timeoutMs: 2000, allow: nothingAllowed, lookup });
      expect(response).toMatchObject({ kind: 'failed', failure: 'egress-refused', retryable: false });
    }
    expect(seen).toEqual([]);
  });

  it('connects to the checked address only: the name is never resolved again (no rebinding window)', async () => {
    // `rebind.invalid` exists in no DNS (RFC 6761): the request can only arrive if the connection
    // used the address the policy checked, not a second resolution of the name.
    const asked: string[] = [];
    const lookup: EgressLookup = async (host) => (asked.push(host), [{ address: '127.0.0.1', family: 4 }]);
    const response = await sendWebhook(request(`http://rebind.invalid:${port}/x`), { timeoutMs: 5000, allow: loopbackAllowed, lookup });
    expect(response).toEqual({ kind: 'delivered', status: 204 });
    expect(asked).toEqual(['rebind.invalid']);
    expect(seen.map((s) => s.headers.host)).toEqual([`rebind.invalid:${port}`]);
  });

  it('lets a name on the allow-list through whatever it resolves to', async () => {
    const lookup: EgressLookup = async () => [{ address: '127.0.0.1', family: 4 }];
    const allow = parseEgressAllowList('hooks.corp.internal');
    await expect(sendWebhook(request(`http://hooks.corp.internal:${port}/x`), { timeoutMs: 5000, allow, lookup })).resolves.toEqual({ kind: 'delivered', status: 204 });
    await expect(sendWebhook(request(`http://other.corp.internal:${port}/x`), { timeoutMs: 5000, allow, lookup })).resolves.toMatchObject({ failure: 'egress-refused' });
    expect(seen).toHaveLength(1);
  });
});

describe('webhook sender: failures are classified, the answer is never kept', () => {
  const send = (url = `http://127.0.0.1:${port}/x`, timeoutMs = 3000) => sendWebhook(request(url), { timeoutMs, allow: loopbackAllowed, lookup: noLookup });

  it.each([
    [500, 'http-5xx'],
    [503, 'http-5xx'],
    [404, 'http-4xx'],
    [429, 'http-4xx'],
  ] as const)('HTTP %i is %s with its status, without the body', async (status, failure) => {
    answer = { status, body: 'root:x:0:0 internal secret answer' };
    const response = await send();
    expect(response).toEqual({ kind: 'failed', status, failure, detail: `HTTP ${status}`, retryable: true });
    expect(JSON.stringify(response)).not.toContain('secret');
  });

  it('does not follow a redirect', async () => {
    answer = { status: 302, body: '', headers: { location: `http://127.0.0.1:${port}/elsewhere` } };
    await expect(send()).resolves.toMatchObject({ kind: 'failed', status: 302, failure: 'redirect' });
    expect(seen.map((s) => s.headers.host)).toHaveLength(1);
  });

  it('410 Gone', async () => {
    answer = { status: 410, body: 'bye' };
    await expect(send()).resolves.toEqual({ kind: 'gone', status: 410 });
  });

  it('a receiver that does not answer in time is a timeout', async () => {
    answer = 'hang';
    await expect(send(undefined, 300)).resolves.toMatchObject({ kind: 'failed', failure: 'timeout', retryable: true });
  });

  it('a closed port is connection-refused', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(send(`http://127.0.0.1:${closedPort}/x`)).resolves.toMatchObject({ kind: 'failed', failure: 'connection-refused', retryable: true });
  });

  it('https to a plain-HTTP receiver is a tls-error', async () => {
    await expect(send(`https://127.0.0.1:${port}/x`)).resolves.toMatchObject({ kind: 'failed', failure: 'tls-error', retryable: true });
  });

  it('a name that does not resolve is a dns-failure, retried', async () => {
    const lookup: EgressLookup = () => Promise.reject(Object.assign(new Error('getaddrinfo EAI_AGAIN'), { code: 'EAI_AGAIN' }));
    await expect(sendWebhook(request(`https://hooks.example.org/x`), { timeoutMs: 2000, allow: nothingAllowed, lookup })).resolves.toMatchObject({
      kind: 'failed',
      failure: 'dns-failure',
      retryable: true,
    });
  });
});
