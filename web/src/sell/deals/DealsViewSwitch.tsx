import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

/** Deals as a list or as the pipeline board. */
export function DealsViewSwitch({ current }: { current: 'list' | 'board' }) {
  const { t } = useTranslation('sell');
  const navigate = useNavigate();
  return (
    <SegmentedControl
      aria-label={t('deals.viewLabel')}
      data={[
        { value: 'list', label: t('deals.viewList') },
        { value: 'board', label: t('deals.viewBoard') },
      ]}
      value={current}
      onChange={(value) => navigate(value === 'board' ? '/sell/deals/board' : '/sell/deals')}
    />
  );
}
