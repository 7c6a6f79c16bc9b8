import { useEffect, useState } from 'react';
import { Combobox, InputBase, Text, useCombobox } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SettingsAnswer } from '../../../../integrations/sell-chat/api/types';
import { useSaveSetting } from '../../../../integrations/sell-chat/api/useIntegrationSettings';
import { SettingBlock } from './SettingBlock';

const NONE = '__none__';
const CREATE = '__create__';

/**
 * S-15: the source leads made in Chat get (none by default, O-3). A searchable picker: typing a name
 * that does not exist offers to create it, and Enter creates it. Saved as soon as it changes.
 */
export function AssignSourceSetting({ answer }: { answer: SettingsAnswer }) {
  const { t } = useTranslation('sellChat');
  const save = useSaveSetting();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const sources = answer.choices?.sources ?? [];
  const creating = save.isPending && save.variables?.assignSourceName;
  const currentName = creating || (answer.assignSource?.name ?? '');
  const [search, setSearch] = useState(currentName);
  useEffect(() => setSearch(currentName), [currentName]);

  const typed = search.trim();
  const browsing = search === currentName;
  const shown = browsing ? sources : sources.filter((source) => source.name.toLowerCase().includes(typed.toLowerCase()));
  const exact = sources.find((source) => source.name.toLowerCase() === typed.toLowerCase());
  const canCreate = answer.canEdit && typed.length > 0 && !exact && !browsing;

  const choose = (value: string) => {
    combobox.closeDropdown();
    if (value === CREATE) {
      setSearch(typed);
      save.mutate({ assignSourceName: typed });
      return;
    }
    const id = value === NONE ? null : Number(value);
    setSearch(id === null ? '' : (sources.find((source) => source.id === id)?.name ?? ''));
    if (id !== answer.settings.assignSourceId) save.mutate({ assignSourceId: id });
  };

  return (
    <SettingBlock id="assign-source" title={t('source.title')} description={t('source.description')} save={save}>
      <Combobox store={combobox} onOptionSubmit={choose} withinPortal>
        <Combobox.Target>
          <InputBase
            aria-labelledby="assign-source"
            rightSection={<Combobox.Chevron />}
            rightSectionPointerEvents="none"
            value={search}
            placeholder={t('source.none')}
            disabled={!answer.canEdit}
            maw={360}
            data-testid="assign-source"
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              combobox.openDropdown();
              combobox.updateSelectedOptionIndex();
            }}
            onClick={() => combobox.openDropdown()}
            onFocus={() => combobox.openDropdown()}
            onBlur={() => {
              combobox.closeDropdown();
              setSearch(currentName);
            }}
            onKeyDown={(event) => {
              // Enter with nothing highlighted: the typed name is chosen, or created (S-15).
              if (event.key === 'Enter' && combobox.getSelectedOptionIndex() === -1 && typed && !browsing) {
                event.preventDefault();
                choose(exact ? String(exact.id) : CREATE);
              }
            }}
          />
        </Combobox.Target>
        <Combobox.Dropdown>
          <Combobox.Options mah={260} style={{ overflowY: 'auto' }}>
            {browsing && (
              <Combobox.Option value={NONE} active={answer.settings.assignSourceId === null}>
                <Text size="sm" c="dimmed">
                  {t('source.none')}
                </Text>
              </Combobox.Option>
            )}
            {shown.map((source) => (
              <Combobox.Option key={source.id} value={String(source.id)} active={source.id === answer.settings.assignSourceId}>
                {source.name}
              </Combobox.Option>
            ))}
            {canCreate && (
              <Combobox.Option value={CREATE}>
                <Text size="sm" fw={500} c="indigo.7" span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
                  <IconPlus size={14} aria-hidden="true" />
                  {t('source.create', { name: typed })}
                </Text>
              </Combobox.Option>
            )}
            {shown.length === 0 && !canCreate && !browsing && <Combobox.Empty>{t('source.nothingFound')}</Combobox.Empty>}
            {sources.length === 0 && browsing && (
              <Combobox.Empty>{t('source.typeToCreate')}</Combobox.Empty>
            )}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
    </SettingBlock>
  );
}
