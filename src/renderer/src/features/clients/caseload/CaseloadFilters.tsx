import type { TFunction } from 'i18next';
import { Button, CheckboxGroup, Input, Label, Switch, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  CLIENT_FLAGS,
  ENROLLMENT_STATUSES,
  RISK_LEVELS,
  flagsOfKinds,
} from '../../../../../shared/domain/clients';
import { ATTENTION_FILTERS } from '../../../../../shared/contracts/caseload';
import { calendarDateSchema } from '../../../../../shared/domain/validation';
import { CheckBox } from '../../../ui/CheckBox';
import { PlainSelect, type Choice } from '../../../ui/PlainSelect';
import { formatCalendarDate } from '../../../lib/format';
import type { CaseloadFilterValue } from './state';

/** "My caseload" stays in the toolbar: it is the filter a case manager changes most. */
export function MyCaseloadSwitch({
  filter,
  onChange,
}: {
  filter: CaseloadFilterValue;
  onChange(filter: CaseloadFilterValue): void;
}) {
  const { t } = useTranslation();
  return (
    <Switch
      className="switch"
      isSelected={filter.mine}
      onChange={(mine) =>
        onChange({ ...filter, mine, team: mine ? false : filter.team, caseManagerId: undefined })
      }
    >
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      {t('clients.filters.mine')}
    </Switch>
  );
}

/** "My team's clients", beside "My caseload", for people on a team; the two exclude each other. */
export function MyTeamSwitch({
  filter,
  onChange,
}: {
  filter: CaseloadFilterValue;
  onChange(filter: CaseloadFilterValue): void;
}) {
  const { t } = useTranslation();
  return (
    <Switch
      className="switch"
      // Views saved before teams existed have no `team`.
      isSelected={filter.team === true}
      onChange={(team) => onChange({ ...filter, team, mine: team ? false : filter.mine })}
    >
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      {t('clients.filters.team')}
    </Switch>
  );
}

/** Views saved before the "needs attention" filters existed have none. */
const attentionOf = (filter: CaseloadFilterValue) => filter.attention ?? [];

/** How many filters besides "My caseload" are in use. */
export function activeFilterCount(filter: CaseloadFilterValue): number {
  return (
    [filter.caseManagerId, filter.program, filter.noContactSince].filter(Boolean).length +
    filter.statuses.length +
    filter.riskLevels.length +
    filter.flags.length +
    attentionOf(filter).length
  );
}

export const clearedFilter = (filter: CaseloadFilterValue): CaseloadFilterValue => ({
  mine: filter.mine,
  team: filter.team,
  statuses: [],
  riskLevels: [],
  flags: [],
  attention: [],
});

interface Props {
  id: string;
  filter: CaseloadFilterValue;
  onChange(filter: CaseloadFilterValue): void;
  clinical: boolean;
  staff: readonly Choice[];
  programs: readonly string[];
}

/** The other filters. They apply as soon as they change; each is a labelled control. */
export function CaseloadFilterPanel({ id, filter, onChange, clinical, staff, programs }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<CaseloadFilterValue>) => onChange({ ...filter, ...patch });
  const flags = clinical ? CLIENT_FLAGS : flagsOfKinds(['contact']);

  return (
    <section id={id} className="panel caseload-filters" aria-label={t('clients.filters.label')}>
      <div className="filter-row">
        <PlainSelect
          label={t('clients.filters.caseManager')}
          emptyLabel={t('clients.filters.anyCaseManager')}
          value={filter.mine ? null : (filter.caseManagerId ?? null)}
          onChange={(value) => set({ caseManagerId: value ?? undefined })}
          options={staff}
          isDisabled={filter.mine}
          description={filter.mine ? t('clients.filters.caseManagerMine') : undefined}
        />
        <PlainSelect
          label={t('clients.filters.program')}
          emptyLabel={t('clients.filters.anyProgram')}
          value={filter.program ?? null}
          onChange={(program) => set({ program: program ?? undefined })}
          options={programs.map((program) => ({ id: program, label: program }))}
        />
        <TextField
          className="field field-compact"
          value={filter.noContactSince ?? ''}
          onChange={(value) => {
            if (value === '') set({ noContactSince: undefined });
            else if (calendarDateSchema.safeParse(value).success) set({ noContactSince: value });
          }}
        >
          <Label className="field-label">{t('clients.filters.noContactSince')}</Label>
          <Input type="date" className="input input-date" />
        </TextField>
      </div>
      <CheckboxGroup
        className="chip-group"
        value={filter.statuses}
        onChange={(values) => set({ statuses: values as CaseloadFilterValue['statuses'] })}
      >
        <Label className="field-label">{t('clients.filters.status')}</Label>
        <div className="chips">
          {ENROLLMENT_STATUSES.map((status) => (
            <CheckBox key={status} value={status} compact>
              {t(`clients.status.${status}`)}
            </CheckBox>
          ))}
        </div>
      </CheckboxGroup>
      {clinical ? (
        <CheckboxGroup
          className="chip-group"
          value={attentionOf(filter)}
          onChange={(values) => set({ attention: values as CaseloadFilterValue['attention'] })}
        >
          <Label className="field-label">{t('clients.filters.attention')}</Label>
          <div className="chips">
            {ATTENTION_FILTERS.map((attention) => (
              <CheckBox key={attention} value={attention} compact>
                {t(`clients.attention.${attention}`)}
              </CheckBox>
            ))}
          </div>
        </CheckboxGroup>
      ) : null}
      {clinical ? (
        <CheckboxGroup
          className="chip-group"
          value={filter.riskLevels}
          onChange={(values) => set({ riskLevels: values as CaseloadFilterValue['riskLevels'] })}
        >
          <Label className="field-label">{t('clients.filters.risk')}</Label>
          <div className="chips">
            {RISK_LEVELS.map((level) => (
              <CheckBox key={level} value={level} compact>
                {t(`clients.risk.${level}`)}
              </CheckBox>
            ))}
          </div>
        </CheckboxGroup>
      ) : null}
      <CheckboxGroup
        className="chip-group"
        value={filter.flags}
        onChange={(values) => set({ flags: values as CaseloadFilterValue['flags'] })}
      >
        <Label className="field-label">{t('clients.filters.flags')}</Label>
        <div className="chips">
          {flags.map((flag) => (
            <CheckBox key={flag} value={flag} compact>
              {t(`clients.flags.${flag}`)}
            </CheckBox>
          ))}
        </div>
      </CheckboxGroup>
      {activeFilterCount(filter) > 0 ? (
        <Button className="button button-quiet button-small" onPress={() => onChange(clearedFilter(filter))}>
          {t('clients.filters.clear')}
        </Button>
      ) : null}
    </section>
  );
}

/** The filters in use, in words, for when the panel is closed. */
export function describeFilter(
  filter: CaseloadFilterValue,
  t: TFunction,
  staff: readonly Choice[],
): string[] {
  const parts: string[] = [];
  const person = staff.find((item) => item.id === filter.caseManagerId);
  if (!filter.mine && person) parts.push(person.label);
  if (filter.program) parts.push(filter.program);
  for (const status of filter.statuses) parts.push(t(`clients.status.${status}`));
  for (const level of filter.riskLevels) parts.push(t(`clients.risk.${level}`));
  for (const flag of filter.flags) parts.push(t(`clients.flags.${flag}`));
  for (const attention of attentionOf(filter)) parts.push(t(`clients.attention.${attention}`));
  if (filter.noContactSince) {
    parts.push(t('clients.filters.noContactSinceValue', { date: formatCalendarDate(filter.noContactSince) }));
  }
  return parts;
}
