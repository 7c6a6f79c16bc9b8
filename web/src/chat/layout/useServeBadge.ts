import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { playChime } from './playChime';

/** "(2) Serve 2 requests" in the tab title while chats wait, and a chime when a new one arrives. */
export function useServeBadge(count: number) {
  const { t } = useTranslation('chat');
  const previous = useRef(count);
  useEffect(() => {
    if (count > previous.current) playChime();
    previous.current = count;
    if (count === 0) return;
    const before = document.title;
    const badge = `(${count}) ${t('incoming.serveCount', { count })}`;
    document.title = badge;
    // Pages set their own titles; keep the badge in front while requests wait.
    const observer = new MutationObserver(() => {
      if (document.title !== badge) document.title = badge;
    });
    const title = document.querySelector('title');
    if (title) observer.observe(title, { childList: true, characterData: true, subtree: true });
    return () => {
      observer.disconnect();
      document.title = before;
    };
  }, [count, t]);
}
