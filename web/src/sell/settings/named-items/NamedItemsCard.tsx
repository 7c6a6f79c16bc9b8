import { useState } from 'react';
import { Divider, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDeleteModal } from '../ConfirmDeleteModal';
import { useNotify } from '../../../ui/useNotify';
import type { NamedItemKind } from '../../api/sellKeys';
import type { NamedItem } from '../../api/types';
import { useNamedItems } from '../../data/useNamedItems';
import { LoadErrorAlert } from '../../../ui/LoadErrorAlert';
import { AddNameForm } from '../AddNameForm';
import { DeleteItemButton } from '../DeleteItemButton';
import { EditableName } from '../EditableName';
import { useNamedItemMutations } from './useNamedItemMutations';

interface NamedItemsCardProps {
  kind: NamedItemKind;
  /** What one item is called ("lead source"), for labels and messages. */
  itemLabel: string;
  emptyText: string;
  /** Admins may change the list (and the API allows it). */
  editable: boolean;
  testId: string;
}

/** A list of names: add, rename inline, delete after a confirmation. */
export function NamedItemsCard({ kind, itemLabel, emptyText, editable, testId }: NamedItemsCardProps) {
  const { t } = useTranslation('sell');
  const notify = useNotify();
  const items = useNamedItems(kind);
  const { create, rename, remove } = useNamedItemMutations(kind);
  const [deleting, setDeleting] = useState<NamedItem | null>(null);
  return (
    <Paper withBorder radius="lg" p="lg" data-testid={testId}>
      <Stack gap="md">
        {editable && (
          <AddNameForm
            label={t('settings.newItem', { item: itemLabel })}
            placeholder={t('settings.newItemPlaceholder', { item: itemLabel })}
            onAdd={(name) => create.mutateAsync(name).then(() => notify.success(t('settings.added', { name })))}
          />
        )}
        {items.isPending && <Skeleton height={18} width="50%" />}
        {items.isError && <LoadErrorAlert title={t('settings.loadFailed')} error={items.error} onRetry={() => void items.refetch()} />}
        {items.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            {emptyText}
          </Text>
        )}
        {items.data && items.data.length > 0 && (
          <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={itemLabel}>
            {items.data.map((item, index) => (
              <li key={item.id}>
                {index > 0 && <Divider my={6} />}
                <Group justify="space-between" wrap="nowrap" mih={36}>
                  <EditableName name={item.name} disabled={!editable} onRename={(name) => rename.mutateAsync({ id: item.id, name })} />
                  {editable && <DeleteItemButton name={item.name} onClick={() => setDeleting(item)} />}
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
      <ConfirmDeleteModal item={deleting} itemLabel={itemLabel} warning={t('settings.deleteNamedItemWarning', { name: deleting?.name ?? '' })} remove={remove} onClose={() => setDeleting(null)} />
    </Paper>
  );
}
