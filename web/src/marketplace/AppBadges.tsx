import { Badge } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { productByKey } from '../app/products';
import type { AppProduct } from './api/types';

/** Which product an app is installed in, in that product's colour. */
export function ProductBadge({ product }: { product: AppProduct }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={productByKey(product).color} radius="sm">
      {t(`products.${product}.name`)}
    </Badge>
  );
}

export function InstalledBadge() {
  const { t } = useTranslation('marketplace');
  return (
    <Badge variant="filled" color="teal" radius="sm" leftSection={<IconCheck size={12} stroke={2.5} aria-hidden="true" />} data-testid="installed-badge">
      {t('installed')}
    </Badge>
  );
}
