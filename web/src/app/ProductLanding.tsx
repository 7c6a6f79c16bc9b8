import type { ReactNode } from 'react';
import { Badge, Group, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyStatePanel } from '../ui/EmptyStatePanel';
import { PageContainer } from '../ui/PageContainer';
import { PageHeader } from '../ui/PageHeader';
import { productByKey, type ProductKey } from './products';

interface ProductLandingProps {
  product: ProductKey;
  emptyIcon: ReactNode;
  emptyTitle: string;
  emptyDescription: string;
  /** Short names of what will appear here, shown as quiet badges. */
  upcoming: string[];
}

/** A product's home until its features land: header plus an explanatory empty state. */
export function ProductLanding({ product, emptyIcon, emptyTitle, emptyDescription, upcoming }: ProductLandingProps) {
  const { t } = useTranslation();
  const { color, icon: Icon } = productByKey(product);
  return (
    <PageContainer>
      <PageHeader
        title={t(`products.${product}.name`)}
        description={t(`products.${product}.description`)}
        icon={
          <ThemeIcon size={44} radius="md" variant="light" color={color}>
            <Icon size={24} stroke={1.6} aria-hidden="true" />
          </ThemeIcon>
        }
      />
      <EmptyStatePanel
        icon={emptyIcon}
        color={color}
        title={emptyTitle}
        description={emptyDescription}
        actions={
          <Group gap="xs" justify="center" aria-label={t('landing.comingSoon')} role="list">
            {upcoming.map((item) => (
              <Badge key={item} variant="outline" color="gray" radius="sm" size="lg" fw={500} tt="none" role="listitem">
                {item}
              </Badge>
            ))}
          </Group>
        }
      />
    </PageContainer>
  );
}
