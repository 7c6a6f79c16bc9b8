import type { ReactNode } from 'react';
import { Button, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TokenScope } from '../../api/types';
import { CreatedText, LastUsedText, ScopeBadges } from './AccessCells';
import { ACCESS_SECTION, type AccessKind } from './accessKind';

/** Something that acts as the user with some scopes: an API token or an authorized app. */
export interface AccessItem {
  id: number;
  scopes: TokenScope[];
  createdAt: string;
  lastUsedAt: string | null;
}

export interface AccessTableColumns<T> {
  /** Headers of the name, scopes and created columns, which each page words its own way. */
  headers: { name: string; scopes: string; created: string };
  /** A column of the kind's own, after the name (a token's hint). */
  extra?: { header: string; cell: (item: T) => ReactNode };
  minWidth: number;
}

interface AccessTableProps<T extends AccessItem> extends AccessTableColumns<T> {
  kind: AccessKind;
  items: T[];
  nameOf: (item: T) => string;
  onRevoke: (item: T) => void;
}

export function AccessTable<T extends AccessItem>({ kind, items, nameOf, headers, extra, minWidth, onRevoke }: AccessTableProps<T>) {
  const { t } = useTranslation('sell');
  const section = ACCESS_SECTION[kind];
  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={minWidth} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t(`settings.sections.${section}.title`)} data-testid={`${section}-table`}>
          <Table.Thead bg="var(--mantine-color-gray-0)">
            <Table.Tr>
              <Table.Th>{headers.name}</Table.Th>
              {extra && <Table.Th>{extra.header}</Table.Th>}
              <Table.Th>{headers.scopes}</Table.Th>
              <Table.Th>{headers.created}</Table.Th>
              <Table.Th>{t(`settings.${kind}.lastUsed`)}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('settings.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {nameOf(item)}
                  </Text>
                </Table.Td>
                {extra && <Table.Td>{extra.cell(item)}</Table.Td>}
                <Table.Td>
                  <ScopeBadges scopes={item.scopes} />
                </Table.Td>
                <Table.Td>
                  <CreatedText at={item.createdAt} />
                </Table.Td>
                <Table.Td>
                  <LastUsedText at={item.lastUsedAt} never={t(`settings.${kind}.neverUsed`)} />
                </Table.Td>
                <Table.Td ta="right">
                  <Button size="compact-sm" variant="subtle" color="red" onClick={() => onRevoke(item)} aria-label={t(`settings.${kind}.revokeItem`, { name: nameOf(item) })}>
                    {t(`settings.${kind}.revoke`)}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
