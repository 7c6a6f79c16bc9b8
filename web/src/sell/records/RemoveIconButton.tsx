import { ActionIcon, Tooltip } from '@mantine/core';
import { IconX } from '@tabler/icons-react';

/** The small ✕ that takes one entry off a card's list; `label` says which, as tooltip and accessible name. */
export function RemoveIconButton({ label, loading, onClick }: { label: string; loading: boolean; onClick: () => void }) {
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon variant="subtle" color="gray" aria-label={label} loading={loading} onClick={onClick}>
        <IconX size={16} aria-hidden="true" />
      </ActionIcon>
    </Tooltip>
  );
}
