import type { ReactNode } from 'react';
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';

interface RelatedRecordRowProps {
  to: string;
  name: string;
  /** A quiet second line (title, email, value). */
  detail?: ReactNode;
  leading?: ReactNode;
  trailing?: ReactNode;
}

/** One record listed on another record's page. */
export function RelatedRecordRow({ to, name, detail, leading, trailing }: RelatedRecordRowProps) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" miw={0}>
        {leading}
        <Stack gap={0} miw={0}>
          <Anchor component={Link} to={to} size="sm" fw={600} truncate>
            {name}
          </Anchor>
          {detail && (
            <Text size="xs" c="dimmed" truncate>
              {detail}
            </Text>
          )}
        </Stack>
      </Group>
      {trailing}
    </Group>
  );
}
