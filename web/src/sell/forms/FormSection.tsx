import type { ReactNode } from 'react';
import { Stack, Text } from '@mantine/core';

/** A titled group of inputs inside a long form. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section">
      <Text fw={650} size="sm" c="dark.6" tt="uppercase" lts={0.4}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}
