import { Button, Card, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Product } from './products';
import classes from './ProductCard.module.css';

export function ProductCard({ product }: { product: Product }) {
  const { t } = useTranslation();
  const { key, path, color, icon: Icon } = product;
  const name = t(`products.${key}.name`);
  return (
    <Card withBorder radius="lg" padding="xl" className={classes.card} data-product={key} component="article">
      <Stack gap="md" h="100%">
        <ThemeIcon size={52} radius="md" variant="light" color={color}>
          <Icon size={28} stroke={1.6} aria-hidden="true" />
        </ThemeIcon>
        <Stack gap={6} style={{ flex: 1 }}>
          <Title order={2} size="h3">
            {name}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`products.${key}.description`)}
          </Text>
        </Stack>
        <Button
          component={Link}
          to={path}
          variant="light"
          color={color}
          rightSection={<IconArrowRight size={16} aria-hidden="true" />}
          aria-label={t('home.openProduct', { product: name })}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('home.open')}
        </Button>
      </Stack>
    </Card>
  );
}
