import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Loader for a page body while its code or data arrives. */
export function ContentLoader() {
  const { t } = useTranslation();
  return (
    <Center py={96} role="status" aria-label={t('common.loading')}>
      <Loader type="dots" />
    </Center>
  );
}
