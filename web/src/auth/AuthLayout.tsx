import type { ReactNode } from 'react';
import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { LanguageMenu } from '../app/LanguageMenu';
import { Wordmark } from '../ui/Wordmark';

interface AuthLayoutProps {
  title: string;
  description: string;
  width?: number;
  children: ReactNode;
}

/** The calm, centred frame around the setup and sign-in forms. */
export function AuthLayout({ title, description, width = 440, children }: AuthLayoutProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: title }));
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Group justify="space-between" px="xl" py="md" component="header">
        <Wordmark />
        <LanguageMenu />
      </Group>
      <Center component="main" px="md" pb={64} pt="lg">
        <Stack w="100%" maw={width} gap="lg">
          <Stack gap={6} ta="center">
            <Title order={1} size="h2">
              {title}
            </Title>
            <Text c="dimmed" size="sm" style={{ textWrap: 'balance' }}>
              {description}
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" radius="lg" p="xl">
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
