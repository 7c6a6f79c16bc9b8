import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TandemLogo } from './TandemLogo';

interface WordmarkProps {
  size?: 'sm' | 'lg';
}

export function Wordmark({ size = 'sm' }: WordmarkProps) {
  const { t } = useTranslation();
  const large = size === 'lg';
  return (
    <Group gap={8} wrap="nowrap">
      <TandemLogo size={large ? 36 : 28} />
      <Text component="span" fw={700} fz={large ? 26 : 19} lts={-0.3} c="dark.7">
        {t('app.name')}
      </Text>
    </Group>
  );
}
