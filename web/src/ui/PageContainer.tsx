import type { ReactNode } from 'react';
import { Container } from '@mantine/core';

/** The common width and padding of a page inside the app shell. */
export function PageContainer({ children, size = 'xl' }: { children: ReactNode; size?: 'md' | 'lg' | 'xl' }) {
  return (
    <Container size={size} px="xl" py="xl">
      {children}
    </Container>
  );
}
