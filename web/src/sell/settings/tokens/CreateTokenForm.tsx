import { Checkbox, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../ui/applyFieldErrors';
import { TOKEN_SCOPES, type TokenScope } from '../../api/types';
import { FormActions } from '../../forms/FormActions';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { useCreateApiToken } from './useApiTokens';

interface CreateTokenFormProps {
  onCreated: (name: string, secret: string) => void;
  onCancel: () => void;
}

/** Names a new token and chooses what it may do. */
export function CreateTokenForm({ onCreated, onCancel }: CreateTokenFormProps) {
  const { t } = useTranslation('sell');
  const create = useCreateApiToken();
  const form = useForm<{ name: string; scopes: TokenScope[] }>({
    initialValues: { name: '', scopes: [...TOKEN_SCOPES] },
    validate: {
      name: (value) => (value.trim() ? null : t('settings.tokens.nameRequired')),
      scopes: (value) => (value.length ? null : t('settings.tokens.scopesRequired')),
    },
  });
  const submit = form.onSubmit((values) =>
    create.mutate(
      { name: values.name.trim(), scopes: values.scopes },
      {
        onSuccess: ({ token, secret }) => onCreated(token.name, secret),
        onError: (error) => applyFieldErrors(form, error, ['name', 'scopes']),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate data-testid="create-token-form">
      <Stack gap="md">
        {create.error && !form.errors.name && !form.errors.scopes && <FormErrorAlert error={create.error} />}
        <TextInput
          label={t('settings.tokens.name')}
          description={t('settings.tokens.nameHint')}
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Checkbox.Group label={t('settings.tokens.scopes')} {...form.getInputProps('scopes')}>
          <Stack gap={8} mt="xs">
            {TOKEN_SCOPES.map((scope) => (
              <Checkbox key={scope} value={scope} label={t(`settings.tokens.scope.${scope}`)} description={t(`settings.tokens.scopeHint.${scope}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <FormActions submitLabel={t('settings.tokens.create')} saving={create.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
