import { useMemo } from 'react';
import { Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../ui/useNotify';
import { applySellFieldErrors, unplacedError } from '../../forms/applySellFieldErrors';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { countryNameIn, countryOptions } from './countryOptions';
import { useSavePhoneCountry, type PhoneCountrySetting } from './usePhoneCountrySetting';

const isFormPath = (path: string) => path === 'phone_country';

/** The country picker; read-only for everyone but Sell admins. */
export function PhoneCountryForm({ setting, editable }: { setting: PhoneCountrySetting; editable: boolean }) {
  const { t, i18n } = useTranslation('sell');
  const language = i18n.resolvedLanguage ?? i18n.language;
  const notify = useNotify();
  const save = useSavePhoneCountry();
  const form = useForm<{ phone_country: string | null }>({ initialValues: { phone_country: setting.phone_country } });
  const options = useMemo(() => countryOptions(setting.phone_countries, language), [setting.phone_countries, language]);
  const defaultName = countryNameIn(language, setting.default_phone_country);

  const submit = form.onSubmit(({ phone_country }) => {
    save.mutate(phone_country, {
      onSuccess: (saved) => {
        form.setInitialValues({ phone_country: saved.phone_country });
        form.reset();
        notify.success(t('settings.phoneNumbers.savedAs', { country: countryNameIn(language, saved.phone_country ?? saved.default_phone_country) }));
      },
      onError: (error) => applySellFieldErrors(form, error, isFormPath),
    });
  });

  return (
    <Paper withBorder radius="lg" p="lg">
      <form onSubmit={submit} noValidate data-testid="phone-country-form">
        <Stack gap="md">
          <FormErrorAlert error={unplacedError(save.error, isFormPath)} />
          <Select
            label={t('settings.phoneNumbers.country')}
            description={t('settings.phoneNumbers.countryHint')}
            placeholder={t('settings.phoneNumbers.defaultCountry', { country: defaultName })}
            data={options}
            searchable
            clearable={editable}
            disabled={!editable}
            nothingFoundMessage={t('settings.phoneNumbers.noCountry')}
            maw={420}
            {...form.getInputProps('phone_country')}
          />
          <Text size="sm" c="dimmed">
            {t('settings.phoneNumbers.international')}
          </Text>
          {editable && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                {t('common.saveChanges')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
