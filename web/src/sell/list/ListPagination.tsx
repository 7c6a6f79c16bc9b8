import { Button, Group, Select, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PER_PAGE_CHOICES } from './useListState';

interface ListPaginationProps {
  page: number;
  perPage: number;
  shown: number;
  hasPrev: boolean;
  hasNext: boolean;
  onPage: (page: number) => void;
  onPerPage: (perPage: number) => void;
}

/** Previous and next follow the API's page links; the API gives no total, so the range is shown instead. */
export function ListPagination({ page, perPage, shown, hasPrev, hasNext, onPage, onPerPage }: ListPaginationProps) {
  const { t } = useTranslation('sell');
  const first = (page - 1) * perPage + 1;
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" c="dimmed" id="per-page-label">
          {t('list.perPage')}
        </Text>
        <Select
          aria-labelledby="per-page-label"
          data={PER_PAGE_CHOICES.map((choice) => String(choice))}
          value={String(perPage)}
          onChange={(value) => value && onPerPage(Number(value))}
          allowDeselect={false}
          w={84}
          size="xs"
        />
      </Group>
      <Group gap="sm" wrap="nowrap">
        <Text size="sm" c="dimmed" aria-live="polite">
          {shown > 0 ? t('list.range', { first, last: first + shown - 1 }) : t('list.pageNumber', { page })}
        </Text>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconChevronLeft size={14} aria-hidden="true" />}
          disabled={!hasPrev}
          onClick={() => onPage(page - 1)}
        >
          {t('list.previous')}
        </Button>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconChevronRight size={14} aria-hidden="true" />}
          disabled={!hasNext}
          onClick={() => onPage(page + 1)}
        >
          {t('list.next')}
        </Button>
      </Group>
    </Group>
  );
}
