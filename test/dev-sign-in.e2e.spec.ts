import type { DevToken, DevUserList, Me } from '@duban/contracts';
import { DubanHarness } from './support/duban-harness';

/**
 * The local dev sign-in end to end, with the API as `npm start` runs it (DEV_SIGN_IN=on, the
 * local secret): the console lists the dev users, takes a token for one, and the token works.
 * That the routes are absent without DEV_SIGN_IN=on is `apps/api/src/dev/dev.controller.spec.ts`
 * (the module's controllers), and every other e2e file's harness runs without it.
 */
let duban: DubanHarness;

beforeAll(async () => {
  duban = await DubanHarness.start('dev-sign-in', { DEV_SIGN_IN: 'on' });
}, 180_000);

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

it('lists the dev users of every unit and office', async () => {
  const res = await duban.api.get<DevUserList>('/dev/users');
  expect(res.status).toBe(200);
  const roles = (unit: string) => res.body.items.filter((u) => u.unit === unit).map((u) => u.roles.join());
  expect(roles('FUTIAN')).toEqual(['official']);
  expect(roles('LUOHU')).toEqual(['official']);
  expect(roles('STIIC')).toEqual(['official']);
  expect(roles('DUCHA')).toEqual(['supervisor']);
  expect(roles('PERF')).toEqual(['performance']);
  expect(roles('LGO').sort()).toEqual(['admin', 'supervisor']);
  expect(res.body.items.find((u) => u.unit === 'FUTIAN')).toMatchObject({ unitName: '福田区人民政府', name: expect.stringMatching(/[\u4e00-\u9fff]/) });
});

it('issues a token that works on /me, with the unit’s and the user’s names', async () => {
  const issued = await duban.api.post<DevToken>('/dev/token', { userId: 'dev.futian' });
  expect(issued.status).toBe(200);
  expect(Date.parse(issued.body.expiresAt)).toBeGreaterThan(Date.now());
  const me = await duban.api.get<Me>('/me', issued.body.token);
  expect(me.status).toBe(200);
  expect(me.body).toEqual({ sub: 'dev.futian', unit: 'FUTIAN', roles: ['official'], unitName: '福田区人民政府', name: '福田区人民政府 经办人' });
  // The supervisor's token works on a supervisor's route.
  const ducha = await duban.api.post<DevToken>('/dev/token', { userId: 'dev.ducha' });
  expect((await duban.api.get('/escalations', ducha.body.token)).status).toBe(200);
});

it('refuses an unknown user with 400 naming the field', async () => {
  const res = await duban.api.post('/dev/token', { userId: 'dev.nobody' });
  expect(res.status).toBe(400);
  expect(JSON.stringify(res.body)).toContain('body.userId');
});
