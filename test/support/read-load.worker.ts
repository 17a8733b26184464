import { parentPort, workerData } from 'node:worker_threads';
import { readOnce, type ReadLoadMessage, type ReadLoadOptions } from './read-load';

/**
 * The loops of {@link ReadLoad}, in their own thread: `clients` loops, each reading one route after
 * another with no pause (so at most `clients` requests in flight), starting at different routes so
 * every route is read by someone at any time. Posts each sample; on `stop`, finishes the requests
 * in flight and posts `done`.
 */
const options = workerData as ReadLoadOptions;
const port = parentPort;
if (!port) throw new Error('read-load.worker.ts runs only as a worker thread');
let running = true;
port.on('message', (message: unknown) => {
  if (message === 'stop') running = false;
});

const post = (message: ReadLoadMessage) => port.postMessage(message);
const entries = Object.entries(options.routes);

async function loop(offset: number): Promise<void> {
  for (let i = offset; running; i++) {
    const [route, path] = entries[i % entries.length] as [string, string];
    post({ kind: 'sample', sample: await readOnce(options, route, path) });
  }
}

void Promise.all(Array.from({ length: options.clients }, (_, c) => loop(c))).then(() => post({ kind: 'done' }));
