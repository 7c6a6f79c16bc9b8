import { useEffect, useState } from 'react';

export type FrameLoadState = { phase: 'checking' | 'loading' | 'ready' } | { phase: 'failed'; reason: 'unavailable' | 'unreachable' | 'timeout'; status?: number };

const LOAD_TIMEOUT_MS = 20_000;

/**
 * Whether an app's page can be shown. A sandboxed frame's content cannot be inspected, and its load
 * event fires for error pages too, so the page is asked for first: a 404 or a server that is down
 * shows as a message, never as a blank box.
 */
export function useFrameLoad(src: string, attempt: number) {
  const [state, setState] = useState<FrameLoadState>({ phase: 'checking' });

  useEffect(() => {
    const controller = new AbortController();
    setState({ phase: 'checking' });
    fetch(src, { credentials: 'same-origin', cache: 'no-cache', signal: controller.signal })
      .then((response) => setState(response.ok ? { phase: 'loading' } : { phase: 'failed', reason: 'unavailable', status: response.status }))
      .catch(() => {
        if (!controller.signal.aborted) setState({ phase: 'failed', reason: 'unreachable' });
      });
    return () => controller.abort();
  }, [src, attempt]);

  useEffect(() => {
    if (state.phase !== 'loading') return;
    const timer = setTimeout(() => setState({ phase: 'failed', reason: 'timeout' }), LOAD_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [state.phase]);

  return { state, loaded: () => setState((current) => (current.phase === 'loading' ? { phase: 'ready' } : current)) };
}
