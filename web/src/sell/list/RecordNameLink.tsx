import { Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import classes from './RecordTable.module.css';

/** The record's name in its row: the keyboard's way into the record. */
export function RecordNameLink({ to, name, fallback }: { to: string; name: string; fallback: string }) {
  return (
    <Link to={to} className={classes.nameLink}>
      {name ? (
        name
      ) : (
        <Text span fs="italic" c="dimmed" inherit>
          {fallback}
        </Text>
      )}
    </Link>
  );
}
