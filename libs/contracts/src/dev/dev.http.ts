import { z } from 'zod';
import { ROLES, operation } from '../http/operation';

// The local dev sign-in, defined once. Both routes exist only when the API runs with
// DEV_SIGN_IN=on (which needs the local HS256 secret, JWT_SECRET; `npm start` turns it on);
// otherwise they are not registered at all and answer 404 like any unknown path. Ours.

const ONLY_LOCALLY =
  'Local development only: registered only when the API runs with DEV_SIGN_IN=on (the local HS256 secret in use, as `npm start` runs it); otherwise the route does not exist and answers 404 like any unknown path. Public: no token needed.';

export const devUserSchema = z
  .object({
    id: z.string().describe('the token subject, and what POST /dev/token takes'),
    name: z.string().describe('Chinese display name'),
    unit: z.string().describe('unit code'),
    unitName: z.string().describe("the unit's Chinese name"),
    roles: z.array(z.enum(ROLES)),
  })
  .strict();

export const devUserListSchema = z.object({ items: z.array(devUserSchema) }).strict();
export type DevUserList = z.infer<typeof devUserListSchema>;

export const devTokenRequestSchema = z.object({ userId: z.string().min(1).max(100).describe('the `id` of one of GET /dev/users') }).strict();
export type DevTokenRequest = z.infer<typeof devTokenRequestSchema>;

export const devTokenSchema = z
  .object({
    token: z.string().describe('an HS256 JWT signed with the local secret, for `Authorization: Bearer`'),
    expiresAt: z.string().datetime({ offset: true }).describe('when the token expires (TOKEN_MAX_LIFETIME_SECONDS after issue)'),
  })
  .strict();
export type DevToken = z.infer<typeof devTokenSchema>;

export const DEV_OPERATIONS = {
  listDevUsers: operation({
    operationId: 'listDevUsers',
    method: 'get',
    path: '/dev/users',
    tag: 'dev',
    summary: 'The dev users the console may sign in as: an official of each unit of the seed plan, 督查室, the Leading Group Office, 绩效办 and an admin',
    description: ONLY_LOCALLY,
    auth: 'public',
    success: { status: 200, description: 'the dev users', schema: devUserListSchema },
  }),
  issueDevToken: operation({
    operationId: 'issueDevToken',
    method: 'post',
    path: '/dev/token',
    tag: 'dev',
    summary: 'A token for one dev user, signed with the local secret (what `npm run token` signs)',
    description: `${ONLY_LOCALLY} An unknown \`userId\` is a 400 naming the field.`,
    auth: 'public',
    body: devTokenRequestSchema,
    success: { status: 200, description: 'the token and when it expires', schema: devTokenSchema },
  }),
};
