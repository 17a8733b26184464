import { z } from 'zod';

/**
 * The local dev sign-in (`GET /dev/users`, `POST /dev/token`), spread into the API's config shape.
 * `on` registers both routes and needs the local HS256 secret (JWT_SECRET); `npm start` turns it
 * on with the secret it keeps in the data directory. Off (the default, and in every deployment):
 * the routes do not exist. Ours.
 */
export const devConfigShape = {
  DEV_SIGN_IN: z.enum(['on', 'off']).default('off'),
};

/** DEV_SIGN_IN=on signs with the local secret, so that secret must be set. */
export function devConfigProblems(config: { DEV_SIGN_IN: 'on' | 'off'; JWT_SECRET?: string | undefined }): { variable: string; rule: string }[] {
  return config.DEV_SIGN_IN === 'on' && !config.JWT_SECRET ? [{ variable: 'DEV_SIGN_IN', rule: 'needs JWT_SECRET (the local secret the dev tokens are signed with)' }] : [];
}
