import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startProbeServer, type ProbeReadiness } from './probe-server';

let server: Server | undefined;
afterEach(() => server?.close());

async function start(ready: () => Promise<ProbeReadiness>, timeoutMs = 200): Promise<string> {
  server = await startProbeServer({ host: '127.0.0.1', port: 0, timeoutMs, ready, metrics: () => Promise.resolve('duban_x 1\n'), extra: { '/health': (_q, res) => void res.writeHead(299).end() } });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('startProbeServer', () => {
  it('answers live without asking anything, ready from its check, metrics as Prometheus text, extra routes first', async () => {
    const check = jest.fn(() => Promise.resolve({ ready: true, detail: { worker: 'RUNNING' } }));
    const base = await start(check);
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    expect(check).not.toHaveBeenCalled();
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', worker: 'RUNNING' });
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await metrics.text()).toBe('duban_x 1\n');
    expect((await fetch(`${base}/health`)).status).toBe(299);
    expect((await fetch(`${base}/other`)).status).toBe(404);
    expect((await fetch(`${base}/health/live`, { method: 'POST' })).status).toBe(405);
  });

  it('answers 503 with Retry-After when not ready, and when the check does not answer in time', async () => {
    const base = await start(() => Promise.resolve({ ready: false, detail: { worker: 'STARTING' } }));
    const notReady = await fetch(`${base}/health/ready`);
    expect(notReady.status).toBe(503);
    expect(notReady.headers.get('retry-after')).toBe('5');
    expect(await notReady.json()).toEqual({ status: 'not-ready', worker: 'STARTING' });
    server?.close();
    const hung = await start(() => new Promise<never>(() => undefined), 100);
    const slow = await fetch(`${hung}/health/ready`);
    expect(slow.status).toBe(503);
    expect(await slow.json()).toEqual({ status: 'not-ready', error: 'no answer within 100 ms' });
  });
});
