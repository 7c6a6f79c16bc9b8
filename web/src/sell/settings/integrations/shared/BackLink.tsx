import { Anchor, Group } from '@mantine/core';
import { IconChevronLeft } from '@tabler/icons-react';
import { Link } from 'react-router-dom';

/** The way back up one level of the integration's pages. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm" mb="xs" display="inline-block">
      <Group gap={2} wrap="nowrap">
        <IconChevronLeft size={16} aria-hidden="true" />
        {label}
      </Group>
    </Anchor>
  );
}
