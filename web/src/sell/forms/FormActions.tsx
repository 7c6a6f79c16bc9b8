import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  submitLabel: string;
  saving: boolean;
  onCancel: () => void;
}

/** Cancel and submit, at the foot of every Sell form. */
export function FormActions({ submitLabel, saving, onCancel }: FormActionsProps) {
  const { t } = useTranslation('sell');
  return (
    <Group justify="flex-end" gap="sm" mt="md">
      <Button variant="default" onClick={onCancel} disabled={saving}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={saving}>
        {submitLabel}
      </Button>
    </Group>
  );
}
