import { useEffect, useState } from 'react';
import { fetchEventSource } from '@microsoft/fetch-event-source';
import { useQueryClient } from '@tanstack/react-query';
import { readToken } from '../auth/token-store';

export type LiveState = 'connecting' | 'open' | 'closed';

/** The queries each kind of live message makes stale (the pages refetch what they show). */
const STALE: Record<string, string[][]> = {
  task: [['tasks'], ['task'], ['inbox'], ['board'], ['escalations'], ['audit']],
  escalation: [['escalations'], ['board'], ['tasks'], ['task'], ['inbox']],
  notification: [['notifications']],
  enterprise: [['enterprises'], ['enterprise'], ['inbox']],
  score: [['scores']],
};

class RetriableError extends Error {}

/**
 * Keeps one server-sent-events stream (`GET /live`) open while signed in and marks the affected
 * queries stale on each message. The fetch-based client sends the bearer header (no token in the
 * URL) and resumes with `Last-Event-ID` after a drop; an `event: reset` (the server no longer has
 * what we missed) refetches everything.
 */
export function useLive(token: string | null): LiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>('closed');
  useEffect(() => {
    if (!token) return;
    const abort = new AbortController();
    setState('connecting');
    void fetchEventSource('/live', {
      signal: abort.signal,
      headers: { Authorization: `Bearer ${readToken() ?? token}` },
      openWhenHidden: true,
      async onopen(response) {
        if (response.ok && response.headers.get('content-type')?.startsWith('text/event-stream')) {
          setState('open');
          return;
        }
        // 4xx other than 429: retrying will not help (signed out, route absent).
        if (response.status >= 400 && response.status < 500 && response.status !== 429) throw new Error(`live: ${response.status}`);
        throw new RetriableError(`live: ${response.status}`);
      },
      onmessage(message) {
        if (message.event === 'reset') {
          void queryClient.invalidateQueries();
          return;
        }
        for (const key of STALE[message.event] ?? STALE.task ?? []) void queryClient.invalidateQueries({ queryKey: key });
      },
      onclose() {
        setState('connecting');
        throw new RetriableError('live: closed by the server');
      },
      onerror(error) {
        if (error instanceof RetriableError || error instanceof TypeError) {
          setState('connecting');
          return 3000;
        }
        setState('closed');
        throw error;
      },
    }).catch(() => setState('closed'));
    return () => {
      abort.abort();
      setState('closed');
    };
  }, [token, queryClient]);
  return state;
}
