/**
 * OpenID Connect sign-in for production (authorisation code + PKCE, public client). The issuer and
 * client id come from the page's build-time environment (`VITE_OIDC_ISSUER`, `VITE_OIDC_CLIENT_ID`),
 * the same issuer the API trusts (`OIDC_ISSUER`). The access token is the bearer the API checks.
 */
const issuer = import.meta.env.VITE_OIDC_ISSUER as string | undefined;
const clientId = import.meta.env.VITE_OIDC_CLIENT_ID as string | undefined;
const VERIFIER_KEY = 'duban.oidc.verifier';
const STATE_KEY = 'duban.oidc.state';

export const oidcConfigured = (): boolean => Boolean(issuer && clientId);

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
}

const discover = async (): Promise<Discovery> => (await fetch(`${issuer!.replace(/\/$/, '')}/.well-known/openid-configuration`)).json() as Promise<Discovery>;

const base64url = (bytes: ArrayBuffer | Uint8Array): string =>
  btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

const redirectUri = (): string => `${window.location.origin}/console/sign-in`;

export async function startOidcSignIn(next: string): Promise<void> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem(VERIFIER_KEY, verifier);
  sessionStorage.setItem(STATE_KEY, JSON.stringify({ state, next }));
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const { authorization_endpoint } = await discover();
  const url = new URL(authorization_endpoint);
  url.search = new URLSearchParams({ response_type: 'code', client_id: clientId!, redirect_uri: redirectUri(), scope: 'openid profile', state, code_challenge: challenge, code_challenge_method: 'S256' }).toString();
  window.location.assign(url.toString());
}

/** On return from the issuer: exchanges the code for tokens; null when this is not a return. */
export async function finishOidcSignIn(search: URLSearchParams): Promise<{ token: string; next: string } | null> {
  const code = search.get('code');
  const saved = sessionStorage.getItem(STATE_KEY);
  const verifier = sessionStorage.getItem(VERIFIER_KEY);
  if (!code || !saved || !verifier || !oidcConfigured()) return null;
  const { state, next } = JSON.parse(saved) as { state: string; next: string };
  sessionStorage.removeItem(STATE_KEY);
  sessionStorage.removeItem(VERIFIER_KEY);
  if (search.get('state') !== state) throw new Error('OIDC state mismatch');
  const { token_endpoint } = await discover();
  const response = await fetch(token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri(), client_id: clientId!, code_verifier: verifier }),
  });
  if (!response.ok) throw new Error(`OIDC token endpoint answered ${response.status}`);
  const tokens = (await response.json()) as { access_token: string };
  return { token: tokens.access_token, next };
}
