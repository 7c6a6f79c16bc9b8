import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/ApiError';
import { useApiErrorMessage } from '../../ui/useApiErrorMessage';

/**
 * A save that failed for a reason no single input owns. 422 messages that did not find their
 * input are listed too, so nothing the server said is lost.
 */
export function FormErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation('sell');
  const errorMessage = useApiErrorMessage();
  if (!error) return null;
  const fieldMessages = isApiError(error) ? error.fields.map((field) => field.message) : [];
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} title={t('forms.saveFailed')} role="alert">
      {fieldMessages.length > 0 ? fieldMessages.join(' ') : errorMessage(error)}
    </Alert>
  );
}
