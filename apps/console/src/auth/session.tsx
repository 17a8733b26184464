import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';
import { clearToken, readToken, writeToken } from './token-store';

export type Caller = paths['/me']['get']['responses'][200]['content']['application/json'];
export type Role = Caller['roles'][number];

interface Session {
  token: string | null;
  me: Caller | undefined;
  loading: boolean;
  signIn(token: string): void;
  signOut(): void;
  has(...roles: Role[]): boolean;
}

const SessionContext = createContext<Session | null>(null);

/** The caller, from `/me` with the stored token: unit and roles decide every menu and button. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [token, setToken] = useState(readToken);
  const me = useQuery({ queryKey: ['me', token], enabled: token !== null, queryFn: () => unwrap(api.GET('/me')), retry: false, staleTime: Infinity });
  const signIn = useCallback((next: string) => {
    writeToken(next);
    queryClient.clear();
    setToken(next);
  }, [queryClient]);
  const signOut = useCallback(() => {
    clearToken();
    queryClient.clear();
    setToken(null);
  }, [queryClient]);
  const value = useMemo<Session>(
    () => ({
      token,
      me: me.data,
      loading: token !== null && me.isPending,
      signIn,
      signOut,
      has: (...roles) => roles.some((r) => me.data?.roles.includes(r)),
    }),
    [token, me.data, me.isPending, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
