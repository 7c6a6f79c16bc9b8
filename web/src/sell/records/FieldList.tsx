import type { ReactNode } from 'react';
import { DimmedDash } from './DimmedDash';
import classes from './FieldList.module.css';

export interface FieldListItem {
  label: string;
  /** null or '' shows a quiet dash. */
  value: ReactNode;
}

/** Labels and values as a description list. */
export function FieldList({ items }: { items: FieldListItem[] }) {
  return (
    <dl className={classes.list}>
      {items.map((item) => (
        <div key={item.label} style={{ display: 'contents' }}>
          <dt className={classes.label}>{item.label}</dt>
          <dd className={classes.value}>{item.value === null || item.value === '' || item.value === undefined ? <DimmedDash /> : item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
