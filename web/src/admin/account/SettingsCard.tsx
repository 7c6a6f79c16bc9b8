import type { ReactNode } from 'react';
import { Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';

interface SettingsCardProps {
  title: string;
  description: string;
  icon: ReactNode;
  color: string;
  children: ReactNode;
}

/** One titled section of the Account settings page. */
export function SettingsCard({ title, description, icon, color, children }: SettingsCardProps) {
  return (
    <Card withBorder radius="lg" padding="xl" component="section" aria-label={title}>
      <Stack gap="lg">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={40} radius="md" variant="light" color={color}>
            {icon}
          </ThemeIcon>
          <Stack gap={2}>
            <Title order={2} size="h4">
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          </Stack>
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
