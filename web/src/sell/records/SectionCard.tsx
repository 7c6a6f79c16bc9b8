import type { ReactNode } from 'react';
import { Group, Paper, Title } from '@mantine/core';

interface SectionCardProps {
  title: string;
  /** Buttons at the right of the title. */
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** One card of a record page: a small heading and its content. */
export function SectionCard({ title, actions, children, testId }: SectionCardProps) {
  return (
    <Paper withBorder radius="lg" p="lg" data-testid={testId} component="section" aria-label={title}>
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Title order={2} size="h5">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}
