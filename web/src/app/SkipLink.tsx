import { useTranslation } from 'react-i18next';
import classes from './SkipLink.module.css';

/** The first stop for keyboard users: jump past the header. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  return (
    <a
      className={classes.skip}
      href={`#${targetId}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
    >
      {t('shell.skipToContent')}
    </a>
  );
}
