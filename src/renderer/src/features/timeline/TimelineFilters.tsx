import {
  Button,
  CheckboxGroup,
  Dialog,
  DialogTrigger,
  Heading,
  Input,
  Label,
  Popover,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { TIMELINE_KINDS, type TimelineKind } from '../../../../shared/contracts/timeline';
import { calendarDateSchema } from '../../../../shared/domain/validation';
import { CheckBox } from '../../ui/CheckBox';
import { PlainSelect } from '../../ui/PlainSelect';

export interface TimelineFilterValue {
  kinds: TimelineKind[];
  authorId?: string;
  from?: string;
  to?: string;
}

export const NO_FILTER: TimelineFilterValue = { kinds: [] };

/** A date box that only passes on a whole date (a half-typed one is not yet a filter). */
function DateBox(props: { label: string; value?: string; onChange: (value: string | undefined) => void }) {
  return (
    <TextField
      className="field field-compact"
      value={props.value ?? ''}
      onChange={(value) => {
        if (value === '') props.onChange(undefined);
        else if (calendarDateSchema.safeParse(value).success) props.onChange(value);
      }}
    >
      <Label className="field-label">{props.label}</Label>
      <Input type="date" className="input input-date" />
    </TextField>
  );
}

/**
 * The timeline's filters on one line above the list: kinds (checkboxes in a popover, so nine
 * of them never push the list down), author, and a date range in the workstation's days.
 */
export function TimelineFilters(props: {
  value: TimelineFilterValue;
  onChange: (value: TimelineFilterValue) => void;
  authors: readonly { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  const set = (patch: Partial<TimelineFilterValue>) => onChange({ ...value, ...patch });
  const kindsLabel =
    value.kinds.length === 0 || value.kinds.length === TIMELINE_KINDS.length
      ? t('timeline.filters.allKinds')
      : value.kinds.map((kind) => t(`timeline.kind.${kind}`)).join(', ');
  const filtered = value.kinds.length > 0 || value.authorId || value.from || value.to;

  return (
    <div className="timeline-filters" role="group" aria-label={t('timeline.filters.label')}>
      <DialogTrigger>
        <Button className="button timeline-kinds-button">
          <span className="timeline-kinds-label">
            {t('timeline.filters.kinds')}: {kindsLabel}
          </span>{' '}
          <span aria-hidden="true">▾</span>
        </Button>
        <Popover className="popover popover-panel" placement="bottom start">
          <Dialog className="dialog dialog-compact" aria-labelledby="timeline-kinds-title">
            <Heading id="timeline-kinds-title" slot="title" className="dialog-title-small">
              {t('timeline.filters.kindsTitle')}
            </Heading>
            <CheckboxGroup
              aria-labelledby="timeline-kinds-title"
              className="check-columns timeline-kind-checks"
              value={value.kinds}
              onChange={(kinds) => set({ kinds: kinds as TimelineKind[] })}
            >
              {TIMELINE_KINDS.map((kind) => (
                <CheckBox key={kind} value={kind} compact>
                  {t(`timeline.kind.${kind}`)}
                </CheckBox>
              ))}
            </CheckboxGroup>
          </Dialog>
        </Popover>
      </DialogTrigger>
      <PlainSelect
        label={t('timeline.filters.author')}
        emptyLabel={t('timeline.filters.anyAuthor')}
        value={value.authorId ?? null}
        onChange={(authorId) => set({ authorId: authorId ?? undefined })}
        options={props.authors.map((author) => ({ id: author.id, label: author.name }))}
      />
      <DateBox label={t('timeline.filters.from')} value={value.from} onChange={(from) => set({ from })} />
      <DateBox label={t('timeline.filters.to')} value={value.to} onChange={(to) => set({ to })} />
      <Button className="button button-quiet" isDisabled={!filtered} onPress={() => onChange(NO_FILTER)}>
        {t('timeline.filters.clear')}
      </Button>
    </div>
  );
}
