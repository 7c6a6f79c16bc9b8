import type { ReactNode } from 'react';
import { EmptyState, Paper } from '@mantine/core';

interface EmptyStatePanelProps {
  icon: ReactNode;
  title: string;
  description: ReactNode;
  color?: string;
  /** Buttons or links under the description. */
  actions?: ReactNode;
}

/** A calm, bordered placeholder for places that have nothing to show yet. */
export function EmptyStatePanel({ icon, title, description, color, actions }: EmptyStatePanelProps) {
  return (
    <Paper withBorder radius="lg" py={56} px="xl" bg="var(--mantine-color-gray-0)">
      <EmptyState icon={icon} title={title} description={description} variant="light" color={color} size="lg">
        {actions && <EmptyState.Actions>{actions}</EmptyState.Actions>}
      </EmptyState>
    </Paper>
  );
}
