import type { Icon } from '@tabler/icons-react';
import { IconBuildingStore, IconChartFunnel, IconMessageCircle, IconSettings } from '@tabler/icons-react';

export type ProductKey = 'sell' | 'chat' | 'marketplace' | 'admin';

export interface Product {
  key: ProductKey;
  path: string;
  icon: Icon;
  color: string;
  /** Only shown to users with `permissions.admin`. */
  adminOnly: boolean;
}

export const PRODUCTS: readonly Product[] = [
  { key: 'sell', path: '/sell', icon: IconChartFunnel, color: 'teal', adminOnly: false },
  { key: 'chat', path: '/chat', icon: IconMessageCircle, color: 'blue', adminOnly: false },
  { key: 'marketplace', path: '/marketplace', icon: IconBuildingStore, color: 'orange', adminOnly: false },
  { key: 'admin', path: '/admin', icon: IconSettings, color: 'gray', adminOnly: true },
];

export function productsFor(isAdmin: boolean): Product[] {
  return PRODUCTS.filter((product) => isAdmin || !product.adminOnly);
}

export function productByKey(key: ProductKey): Product {
  const product = PRODUCTS.find((candidate) => candidate.key === key);
  if (!product) throw new Error(`Unknown product ${key}`);
  return product;
}
