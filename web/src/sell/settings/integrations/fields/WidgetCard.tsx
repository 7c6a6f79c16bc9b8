import { Badge, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuilding, IconPencil, IconUser, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CatalogueField, WidgetName, WidgetSummary } from '../../../../integrations/sell-chat/api/types';
import { widgetEditorPath } from '../../../../integrations/sell-chat/paths';
import { useFieldLabel } from '../../../../integrations/sell-chat/useFieldLabel';
import { WidgetHistory } from './WidgetHistory';

const ICONS: Record<WidgetName, typeof IconUser> = { lead: IconUserPlus, person: IconUser, company: IconBuilding };

/** One of the three widgets (S-19): what agents see now, when it last changed, and Edit. */
export function WidgetCard({ widget, catalogue, canEdit }: { widget: WidgetSummary; catalogue: CatalogueField[]; canEdit: boolean }) {
  const { t } = useTranslation('sellChat');
  const labelOf = useFieldLabel();
  const Icon = ICONS[widget.widget];
  const field = (key: string) => catalogue.find((f) => f.key === key) ?? { key, label: key, custom: key.startsWith('custom:') };
  return (
    <Paper withBorder radius="lg" p="lg" data-testid={`widget-card-${widget.widget}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon size={36} radius="md" variant="light" color="indigo">
              <Icon size={20} stroke={1.6} aria-hidden="true" />
            </ThemeIcon>
            <Stack gap={0}>
              <Title order={2} size="h5">
                {t(`fields.widgets.${widget.widget}.title`)}
              </Title>
              <WidgetHistory widget={widget} />
            </Stack>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {widget.unpublishedChanges && (
              <Badge color="orange" variant="light" tt="none">
                {t('fields.unpublished')}
              </Badge>
            )}
            <Button component={Link} to={widgetEditorPath(widget.widget)} variant="default" size="sm" leftSection={<IconPencil size={15} aria-hidden="true" />}>
              {canEdit ? t('fields.edit') : t('fields.view')}
            </Button>
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {t(`fields.widgets.${widget.widget}.description`)}
        </Text>
        <Group gap={6}>
          {widget.published.map((key) => (
            <Badge key={key} variant="outline" color="gray" tt="none" radius="sm" size="md" fw={500}>
              {labelOf(field(key))}
            </Badge>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
