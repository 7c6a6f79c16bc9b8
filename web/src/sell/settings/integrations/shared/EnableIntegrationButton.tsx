import { Button, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSaveSetting } from '../../../../integrations/sell-chat/api/useIntegrationSettings';
import { useNotify } from '../../../../ui/useNotify';

/** S-7's Enable; held back while an account-wide prerequisite (S-1, S-2) fails. */
export function EnableIntegrationButton({ blocked, size }: { blocked: boolean; size?: ButtonProps['size'] }) {
  const { t } = useTranslation('sellChat');
  const notify = useNotify();
  const enable = useSaveSetting();
  return (
    <Button
      size={size}
      loading={enable.isPending}
      disabled={blocked}
      style={{ flexShrink: 0 }}
      onClick={() => enable.mutate({ enabled: true }, { onSuccess: () => notify.success(t('card.enabledNotice')), onError: (error) => notify.error(error) })}
    >
      {t('card.enable')}
    </Button>
  );
}
