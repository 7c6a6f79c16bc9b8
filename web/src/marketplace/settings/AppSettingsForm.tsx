import { useEffect, type ReactNode } from 'react';
import { Badge, Checkbox, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../ui/applyFieldErrors';
import type { SettingField, SettingValue } from '../api/types';
import { useLocalized } from '../useLocalized';
import { initialValues, missingRequired, settingsPayload, type FormValues, type SavedSettings } from './settingValues';

type AppSettingsFormProps = {
  fields: SettingField[];
  /** The installation's saved settings, when editing them. */
  saved?: SavedSettings;
  /** The last save's error: 422 messages go next to their fields. */
  error?: unknown;
  /** The form's buttons (one of them type="submit"). */
  actions: ReactNode;
  onSubmit: (settings: Record<string, SettingValue>) => void;
  /** Shown above the buttons, e.g. why the last try failed. */
  footer?: ReactNode;
};

/** The form an app's manifest asks for: text, secret, checkbox and select fields. */
export function AppSettingsForm({ fields, saved, error, actions, onSubmit, footer }: AppSettingsFormProps) {
  const { t } = useTranslation('marketplace');
  const localized = useLocalized();
  const form = useForm<FormValues>({
    initialValues: initialValues(fields, saved),
    validate: Object.fromEntries(
      fields.map((field) => [field.name, (value: string | boolean) => (missingRequired(field, value, saved) ? t('settings.required') : null)]),
    ),
  });
  useEffect(() => {
    if (error) applyFieldErrors(form, error, fields.map((field) => field.name));
    // Only a new error places messages; the form object changes on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error, fields]);
  return (
    <form onSubmit={form.onSubmit((values) => onSubmit(settingsPayload(fields, values)))} noValidate data-testid="app-settings-form">
      <Stack gap="md">
        {fields.map((field) => {
          const label = localized(field.label);
          const help = field.help ? localized(field.help) : undefined;
          const input = form.getInputProps(field.name, field.type === 'checkbox' ? { type: 'checkbox' } : undefined);
          switch (field.type) {
            case 'checkbox':
              return <Checkbox key={field.name} label={label} description={help} {...input} />;
            case 'select':
              return (
                <Select
                  key={field.name}
                  label={label}
                  description={help}
                  withAsterisk={field.required}
                  data={field.options.map((option) => ({ value: option.value, label: localized(option.label) }))}
                  allowDeselect={!field.required}
                  {...input}
                />
              );
            case 'secret': {
              const isSaved = saved?.secretsSet.includes(field.name) === true;
              return (
                <PasswordInput
                  key={field.name}
                  label={
                    isSaved ? (
                      <>
                        {label}
                        <Badge size="xs" variant="light" color="teal" component="span" ml={6} style={{ verticalAlign: 'middle' }}>
                          {t('settings.saved')}
                        </Badge>
                      </>
                    ) : (
                      label
                    )
                  }
                  withAsterisk={field.required && !isSaved}
                  description={[help, isSaved ? t('settings.secretSavedHint') : t('settings.secretHint')].filter(Boolean).join(' ')}
                  placeholder={isSaved ? t('settings.secretSavedPlaceholder') : undefined}
                  autoComplete="off"
                  {...input}
                />
              );
            }
            default:
              return <TextInput key={field.name} label={label} description={help} withAsterisk={field.required} {...input} />;
          }
        })}
        {footer}
        <Group justify="flex-end" gap="sm">
          {actions}
        </Group>
      </Stack>
    </form>
  );
}
