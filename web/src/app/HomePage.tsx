import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../auth/useSession';
import { PageContainer } from '../ui/PageContainer';
import { ProductCard } from './ProductCard';
import { productsFor } from './products';

/** The product switcher home: one large card per product. */
export function HomePage() {
  const { t } = useTranslation();
  const { user, permissions } = useSignedInSession();
  useDocumentTitle(t('app.documentTitle', { page: t('home.documentTitle') }));
  const products = productsFor(permissions.admin);
  return (
    <PageContainer>
      <Stack gap={6} mb={32} mt="md">
        <Title order={1}>{t('home.welcome', { name: user.name })}</Title>
        <Text c="dimmed">{t('home.subtitle')}</Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: products.length }} spacing="lg">
        {products.map((product) => (
          <ProductCard key={product.key} product={product} />
        ))}
      </SimpleGrid>
    </PageContainer>
  );
}
