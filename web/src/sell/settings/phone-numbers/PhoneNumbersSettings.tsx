import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../ui/LoadErrorAlert';
import { AdminOnlyNotice } from '../AdminOnlyNotice';
import { SettingsPageHeader } from '../SettingsPageHeader';
import { useIsSellAdmin } from '../useIsSellAdmin';
import { PhoneCountryForm } from './PhoneCountryForm';
import { usePhoneCountrySetting } from './usePhoneCountrySetting';

/** How Sell reads phone numbers written without a country code (matching chat visitors, phone custom fields). */
export function PhoneNumbersSettings() {
  const { t } = useTranslation('sell');
  const admin = useIsSellAdmin();
  const setting = usePhoneCountrySetting();
  return (
    <>
      <SettingsPageHeader title={t('settings.sections.phone-numbers.title')} description={t('settings.sections.phone-numbers.description')} />
      <Stack gap="md">
        {!admin && <AdminOnlyNotice />}
        {setting.isPending && <Skeleton height={160} radius="lg" />}
        {setting.isError && <LoadErrorAlert title={t('settings.loadFailed')} error={setting.error} onRetry={() => void setting.refetch()} />}
        {setting.data && <PhoneCountryForm setting={setting.data} editable={admin} />}
      </Stack>
    </>
  );
}
