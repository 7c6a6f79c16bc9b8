import { useEffect } from 'react';
import { playChime } from '../../chat/layout/playChime';

const REPEAT_MS = 4000;

/** W-4: while a request waits and the rep is Online, a chime now and again every few seconds, until someone serves it. */
export function useRequestAlert(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    playChime();
    const timer = setInterval(playChime, REPEAT_MS);
    return () => clearInterval(timer);
  }, [active]);
}
