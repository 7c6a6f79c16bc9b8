import { Alert } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Installation } from '../api/types';

const OUTCOMES = { done: { color: 'teal', Icon: IconCircleCheck }, cancelled: { color: 'orange', Icon: IconAlertTriangle }, failed: { color: 'red', Icon: IconAlertTriangle } };

/**
 * After the Authorize application dialog the server lands here with `?app=<id>&sign_in=<outcome>`:
 * say how the sign-in went, until dismissed.
 */
export function SignInOutcome({ installations }: { installations: Installation[] }) {
  const { t } = useTranslation('marketplace');
  const [params, setParams] = useSearchParams();
  const outcome = params.get('sign_in');
  if (outcome !== 'done' && outcome !== 'cancelled' && outcome !== 'failed') return null;
  const appId = params.get('app');
  const name = installations.find((installation) => installation.app_id === appId)?.app_name ?? appId ?? '';
  const { color, Icon } = OUTCOMES[outcome];
  return (
    <Alert
      color={color}
      variant="light"
      icon={<Icon size={18} />}
      title={t(`signIn.${outcome}Title`, { name })}
      withCloseButton
      closeButtonLabel={t('signIn.dismiss')}
      onClose={() => setParams({}, { replace: true })}
      data-testid="sign-in-outcome"
    >
      {t(`signIn.${outcome}`, { name })}
    </Alert>
  );
}
