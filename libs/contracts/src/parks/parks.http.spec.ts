import { DEFAULT_PARKS, parkSchema } from '@duban/domain';
import { buildOpenApiDocument } from '../http/openapi';
import { PARK_OPERATIONS, storedParkSchema } from './parks.http';

// Samples of each answer as the park store returns them: the domain's default parks as seeded, and
// a park loaded through the API (parsed with the domain schema, so every default is filled in).

const seeded = DEFAULT_PARKS.map((park) => ({ ...park, origin: 'seed', createdAt: '2026-01-05T08:00:00.000Z' }));
const loaded = {
  ...parkSchema.parse({
    id: 'heyuan-sz',
    name: '深圳（河源）产业转移工业园',
    nameEn: 'Shenzhen (Heyuan) Industrial Transfer Park',
    city: '河源',
    region: 'north-mountain',
    industries: ['food-beverage'],
    capacity: { enterprises: 40, occupied: 3 },
    source: 'illustrative',
  }),
  origin: 'api',
  createdAt: '2026-01-06T02:30:00.000Z',
  createdBy: { sub: 'chen.jie', unit: 'PLAN', roles: ['official'] },
};

describe('park answers', () => {
  it('GET /parks: every default park as seeded, and a loaded one', () => {
    const list = [...seeded, loaded];
    expect(list.length).toBeGreaterThan(1);
    for (const park of list) expect(storedParkSchema.parse(park)).toEqual(park);
  });

  it('refuses a park as sent rather than as stored: defaults missing, or a store field', () => {
    const { paired: _p, ...unparsed } = loaded;
    expect(storedParkSchema.safeParse(unparsed).success).toBe(false);
    expect(storedParkSchema.safeParse({ ...loaded, entryStandards: {} }).success).toBe(false);
    expect(storedParkSchema.safeParse({ ...loaded, _id: loaded.id }).success).toBe(false);
    expect(storedParkSchema.safeParse({ ...loaded, origin: 'import' }).success).toBe(false);
  });

  it('documents the three routes, the Location of a loaded park and its 409', () => {
    const doc = buildOpenApiDocument(Object.values(PARK_OPERATIONS), { title: 't', version: '1', description: 'd' });
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual(['/parks', '/parks/{id}']);
    const create = JSON.stringify(doc.paths?.['/parks']?.post?.responses);
    expect(create).toContain('"Location"');
    expect(create).toContain('PARK.ALREADY_EXISTS');
    expect(JSON.stringify(doc.paths?.['/parks/{id}']?.get?.responses?.['404'])).toContain('PARK.NOT_FOUND');
  });
});
