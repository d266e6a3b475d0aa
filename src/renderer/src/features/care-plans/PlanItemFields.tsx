import { useFieldArray, useFormState, useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CarePlanContentInput } from '../../../../shared/contracts/care-plans';
import { fieldMessage } from '../../lib/errors';
import { CheckBox } from '../../ui/CheckBox';
import { FormDateField, FormNumberField, FormSelectField, FormTextField } from '../../ui/fields';
import { ItemList } from './ItemList';
import { comparisonOptions, statusOptions, whoOptions } from './labels';
import { useInstruments } from './useInstruments';

/**
 * The nested editor: objectives → interventions, and a goal's measure and status. Every box has
 * its label; every add and remove button names the item it acts on, so the whole plan can be
 * written from the keyboard. `withDates` is off for templates (no client, no calendar).
 */

type Ctl = Control<CarePlanContentInput>;
export type ItemPath = `needs.${number}.goals.${number}`;

/** An error main or the schema put on a list itself (a need without a goal, an empty plan). */
export function ListError({ control, name }: { control: Ctl; name: string }) {
  const { t } = useTranslation();
  const { errors } = useFormState({ control, name: name as never });
  const found = name
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], errors) as
    { message?: string; root?: { message?: string } } | undefined;
  const message = found?.message ?? found?.root?.message;
  return message ? (
    <p className="field-error" role="alert">
      {fieldMessage(t, message)}
    </p>
  ) : null;
}

export function StatusFields({
  control,
  path,
  withDates,
}: {
  control: Ctl;
  path: string;
  withDates: boolean;
}) {
  const { t } = useTranslation();
  if (!withDates) return null;
  return (
    <div className="form-grid">
      <FormSelectField
        control={control}
        name={`${path}.status` as never}
        label={t('carePlans.fields.status')}
        options={statusOptions(t)}
      />
      <FormDateField
        control={control}
        name={`${path}.statusDate` as never}
        label={t('carePlans.fields.statusDate')}
      />
    </div>
  );
}

export function GoalMeasureFields(props: {
  control: Ctl;
  setValue: UseFormSetValue<CarePlanContentInput>;
  path: ItemPath;
  withDates: boolean;
}) {
  const { control, setValue, path, withDates } = props;
  const { t } = useTranslation();
  const measure = useWatch({ control, name: `${path}.measure` });
  const instruments = useInstruments(measure?.instrumentId);
  return (
    <div className="plan-measure">
      <CheckBox
        isSelected={Boolean(measure)}
        onChange={(selected) =>
          setValue(
            `${path}.measure`,
            selected ? { instrumentId: 'phq-9', comparison: 'below', value: 10, byDate: null } : null,
            { shouldDirty: true },
          )
        }
      >
        {t('carePlans.fields.linkMeasure')}
      </CheckBox>
      {measure ? (
        <div className="form-grid">
          <FormSelectField
            control={control}
            name={`${path}.measure.instrumentId`}
            label={t('carePlans.fields.instrument')}
            options={instruments.options}
          />
          <FormSelectField
            control={control}
            name={`${path}.measure.comparison`}
            label={t('carePlans.fields.comparison')}
            options={comparisonOptions(t)}
          />
          <FormNumberField
            control={control}
            name={`${path}.measure.value`}
            label={t('carePlans.fields.targetValue')}
            min={0}
            max={1000}
          />
          {withDates ? (
            <FormDateField
              control={control}
              name={`${path}.measure.byDate`}
              label={t('carePlans.fields.byDate')}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

export function InterventionList({
  control,
  path,
  withDates,
  label,
}: {
  control: Ctl;
  path: `${ItemPath}.objectives.${number}`;
  withDates: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: `${path}.interventions` });
  return (
    <ItemList
      className="plan-interventions"
      fields={fields}
      remove={remove}
      labelFor={(index) => t('carePlans.item.intervention', { n: `${label}.${index + 1}` })}
      addLabel={t('carePlans.addIntervention', { item: t('carePlans.item.objective', { n: label }) })}
      onAdd={(id) =>
        append({ id, what: '', who: 'case_manager', whoName: '', frequency: '', serviceType: '' })
      }
    >
      {(_item, index) => {
        const at = `${path}.interventions.${index}` as const;
        return (
          <>
            <FormTextField
              control={control}
              name={`${at}.what`}
              label={t('carePlans.fields.what')}
              isRequired
            />
            <div className="form-grid">
              <FormSelectField
                control={control}
                name={`${at}.who`}
                label={t('carePlans.fields.who')}
                options={whoOptions(t)}
              />
              <FormTextField control={control} name={`${at}.whoName`} label={t('carePlans.fields.whoName')} />
              <FormTextField
                control={control}
                name={`${at}.frequency`}
                label={t('carePlans.fields.frequency')}
              />
              <FormTextField
                control={control}
                name={`${at}.serviceType`}
                label={t('carePlans.fields.serviceType')}
              />
            </div>
            <StatusFields control={control} path={at} withDates={withDates} />
          </>
        );
      }}
    </ItemList>
  );
}

export function ObjectiveList({
  control,
  path,
  withDates,
  label,
}: {
  control: Ctl;
  path: ItemPath;
  withDates: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: `${path}.objectives` });
  const number = (index: number) => `${label}.${index + 1}`;
  return (
    <ItemList
      className="plan-objectives"
      fields={fields}
      remove={remove}
      labelFor={(index) => t('carePlans.item.objective', { n: number(index) })}
      addLabel={t('carePlans.addObjective', { item: t('carePlans.item.goal', { n: label }) })}
      onAdd={(id) => append({ id, text: '', interventions: [] })}
    >
      {(_item, index) => {
        const at = `${path}.objectives.${index}` as const;
        return (
          <>
            <FormTextField
              control={control}
              name={`${at}.text`}
              label={t('carePlans.fields.objective')}
              description={t('carePlans.fields.objectiveHelp')}
              isRequired
            />
            {withDates ? (
              <FormDateField
                control={control}
                name={`${at}.targetDate`}
                label={t('carePlans.fields.targetDate')}
              />
            ) : null}
            <StatusFields control={control} path={at} withDates={withDates} />
            <InterventionList control={control} path={at} withDates={withDates} label={number(index)} />
          </>
        );
      }}
    </ItemList>
  );
}
