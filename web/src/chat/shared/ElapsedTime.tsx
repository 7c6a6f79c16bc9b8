import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "3 min ago", kept fresh. */
export function ElapsedTime({ since }: { since: string }) {
  const { t } = useTranslation('chat');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  const minutes = Math.max(0, Math.floor((now - Date.parse(since)) / 60_000));
  return <>{minutes < 1 ? t('time.justNow') : t('time.minutesAgo', { count: minutes })}</>;
}
