import { Button } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ElementStatus } from '../../../../integrations/sell-chat/api/types';
import { CHAT_FOR_SELL, SELL_FOR_CHAT } from '../../../../integrations/sell-chat/paths';
import { appPath, myAppsPath } from '../../../../marketplace/paths';

type AppElement = 'sellAppInChat' | 'chatAppInSell';

const APP: Record<AppElement, { id: string; product: 'chat' | 'sell' }> = {
  sellAppInChat: { id: SELL_FOR_CHAT, product: 'chat' },
  chatAppInSell: { id: CHAT_FOR_SELL, product: 'sell' },
};

/**
 * Where an app element is installed or managed: its Marketplace listing until it is installed (S-8,
 * S-9), then the My Apps page where it is turned off and on (S-24).
 */
export function AppElementAction({ element, status }: { element: AppElement; status: ElementStatus }) {
  const { t } = useTranslation('sellChat');
  const app = APP[element];
  if (status.state === 'not_installed') {
    return (
      <Button component={Link} to={appPath(app.id)} variant="light" size="sm" rightSection={<IconExternalLink size={14} aria-hidden="true" />} style={{ flexShrink: 0 }}>
        {t(`elements.${element}.install`)}
      </Button>
    );
  }
  return (
    <Button component={Link} to={myAppsPath(app.product)} variant="subtle" size="sm" style={{ flexShrink: 0 }}>
      {t(`elements.${element}.manage`)}
    </Button>
  );
}
