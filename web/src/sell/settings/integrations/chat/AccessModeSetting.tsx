import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccessMode, SettingsAnswer } from '../../../../integrations/sell-chat/api/types';
import { useSaveSetting } from '../../../../integrations/sell-chat/api/useIntegrationSettings';
import { SettingBlock } from './SettingBlock';

const MODES: AccessMode[] = ['sell_users', 'all_agents'];

/** S-12 / S-13: which Chat agents see Sell data in Chat; Sell users only by default (O-1). */
export function AccessModeSetting({ answer }: { answer: SettingsAnswer }) {
  const { t } = useTranslation('sellChat');
  const save = useSaveSetting();
  return (
    <SettingBlock id="access-mode" title={t('access.title')} description={t('access.description')} save={save}>
      <Radio.Group
        value={answer.settings.accessMode}
        onChange={(value) => value !== answer.settings.accessMode && save.mutate({ accessMode: value as AccessMode })}
        aria-labelledby="access-mode"
        readOnly={!answer.canEdit}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {MODES.map((mode) => (
            <Radio.Card key={mode} value={mode} radius="md" p="md" disabled={!answer.canEdit} data-testid={`access-${mode}`}>
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={2} />
                <Stack gap={2}>
                  <Text fw={600} size="sm">
                    {t(`access.${mode}.label`)}
                    {mode === 'sell_users' && (
                      <Text span size="xs" c="dimmed" fw={400} ml={6}>
                        {t('access.recommended')}
                      </Text>
                    )}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`access.${mode}.description`)}
                  </Text>
                </Stack>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
    </SettingBlock>
  );
}
