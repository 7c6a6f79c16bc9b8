import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useSignedInSession } from '../auth/useSession';
import { productsFor } from './products';
import classes from './ProductSwitcher.module.css';

/** Links to every product; the active one carries aria-current="page". */
export function ProductSwitcher() {
  const { t } = useTranslation();
  const { permissions } = useSignedInSession();
  return (
    <nav aria-label={t('shell.productsNav')} data-testid="product-switcher">
      <ul className={classes.list}>
        {productsFor(permissions.admin).map(({ key, path, icon: Icon }) => (
          <li key={key}>
            <NavLink to={path} className={classes.link} data-product={key}>
              <Icon size={18} stroke={1.7} aria-hidden="true" />
              {t(`products.${key}.name`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
