import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { EVENT_CATALOG } from '@duban/contracts';
import { ASYNCAPI_PATH, buildAsyncApi } from './asyncapi';

describe('docs/asyncapi.yaml', () => {
  it('is what the event catalogue generates (run `npm run docs:asyncapi` after changing an event)', () => {
    expect(readFileSync(ASYNCAPI_PATH, 'utf8')).toBe(buildAsyncApi());
  });

  it('documents every event type with its data schema', () => {
    const doc = parse(readFileSync(ASYNCAPI_PATH, 'utf8')) as { components: { messages: Record<string, { name: string }> } };
    const documented = Object.values(doc.components.messages).map((m) => m.name);
    expect(documented.sort()).toEqual(Object.keys(EVENT_CATALOG).sort());
  });
});
