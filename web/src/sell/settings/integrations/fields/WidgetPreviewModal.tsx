import { Alert, Modal, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FieldValueText } from '../../../../integrations/sell-chat/FieldValueText';
import type { WidgetSummary } from '../../../../integrations/sell-chat/api/types';
import { useWidgetPreview } from '../../../../integrations/sell-chat/api/useWidgetEditor';
import { useFieldLabel } from '../../../../integrations/sell-chat/useFieldLabel';
import { LoadErrorAlert } from '../../../../ui/LoadErrorAlert';

/** S-21 Preview: the draft widget as an agent's card would show it, filled with sample data. */
export function WidgetPreviewModal({ widget, opened, onClose }: { widget: WidgetSummary; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('sellChat');
  const { t: tc } = useTranslation();
  const labelOf = useFieldLabel();
  const preview = useWidgetPreview(widget.widget, widget.draft, opened);
  return (
    <Modal opened={opened} onClose={onClose} title={t('editor.previewTitle', { widget: t(`fields.widgets.${widget.widget}.title`) })} centered size="md" closeButtonProps={{ 'aria-label': tc('common.close') }}>
      <Stack gap="md" data-testid="widget-preview">
        <Alert color="blue" variant="light" radius="md" icon={<IconInfoCircle size={18} />} p="xs">
          {t('editor.sampleData')}
        </Alert>
        {preview.isPending && <Skeleton height={180} radius="md" />}
        {preview.isError && <LoadErrorAlert title={t('editor.previewFailed')} error={preview.error} onRetry={() => void preview.refetch()} />}
        {preview.data && (
          <Paper withBorder radius="md" p="md" shadow="xs">
            <Text fw={700} size="md" mb="xs">
              {t(`editor.sampleName.${widget.widget}`)}
            </Text>
            {preview.data.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('editor.emptyWidget')}
              </Text>
            ) : (
              <Table verticalSpacing={6} horizontalSpacing={0} withRowBorders={false}>
                <Table.Tbody>
                  {preview.data.map((field) => (
                    <Table.Tr key={field.key}>
                      <Table.Th w="40%" fw={500} c="dimmed" fz="sm" style={{ verticalAlign: 'top' }}>
                        {labelOf({ key: field.key, label: field.label, custom: field.key.startsWith('custom:') })}
                      </Table.Th>
                      <Table.Td>
                        <FieldValueText field={field} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        )}
      </Stack>
    </Modal>
  );
}
