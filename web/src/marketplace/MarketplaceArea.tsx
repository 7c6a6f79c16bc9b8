import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../app/NotFoundPage';
import { CatalogPage } from './catalog/CatalogPage';
import { AppDetailPage } from './detail/AppDetailPage';
import { InstallPage } from './install/InstallPage';

/** Everything under /marketplace; loaded on demand. */
export function MarketplaceArea() {
  return (
    <Routes>
      <Route index element={<CatalogPage />} />
      <Route path=":appId" element={<AppDetailPage />} />
      <Route path=":appId/install" element={<InstallPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
