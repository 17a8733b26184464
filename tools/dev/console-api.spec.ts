import { buildConsoleSchema, readConsoleSchema } from './console-api';

describe('the console\'s generated API types', () => {
  it('match the OpenAPI document (run `npm run console:api` after changing an operation)', async () => {
    expect(readConsoleSchema()).toBe(await buildConsoleSchema());
  });
});
