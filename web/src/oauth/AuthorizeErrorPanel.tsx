import { Alert, Button, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isApiError } from '../ui/ApiError';
import { useApiErrorMessage } from '../ui/useApiErrorMessage';

/** A request that cannot be answered to the app (unknown app, unregistered address): shown, never redirected. */
export function AuthorizeErrorPanel({ error }: { error: unknown }) {
  const { t } = useTranslation('oauth');
  const fallback = useApiErrorMessage();
  const message = (() => {
    if (!isApiError(error)) return fallback(error);
    if (error.code === 'invalid_client') return t('errors.unknownClient');
    if (error.code === 'invalid_redirect_uri') return t('errors.wrongRedirect');
    if (error.code === 'invalid_request' || error.code === 'validation_failed') return t('errors.incomplete');
    return fallback(error);
  })();
  return (
    <Stack gap="lg" data-testid="oauth-error">
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('errors.title')} role="alert">
        {message}
      </Alert>
      <Button component={Link} to="/" variant="default" fullWidth>
        {t('errors.backHome')}
      </Button>
    </Stack>
  );
}
