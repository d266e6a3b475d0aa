import { Button } from 'react-aria-components';
import { useFieldArray, type Control, type UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CarePlanContentInput } from '../../../../shared/contracts/care-plans';
import { FormCheckBox } from '../../ui/CheckBox';
import { FormTextField } from '../../ui/fields';
import { newItemId } from './labels';
import { GoalMeasureFields, ListError, ObjectiveList, StatusFields } from './PlanItemFields';

type Ctl = Control<CarePlanContentInput>;
interface Props {
  control: Ctl;
  setValue: UseFormSetValue<CarePlanContentInput>;
  withDates: boolean;
}

/** Needs, each with its goals (the top two levels of the plan editor). */
export function NeedList({ control, setValue, withDates }: Props) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'needs' });
  return (
    <div className="plan-list plan-needs">
      <ListError control={control} name="needs" />
      {fields.map((item, index) => {
        const label = t('carePlans.item.need', { n: index + 1 });
        return (
          <fieldset key={item.id} className="fieldset plan-item plan-need">
            <legend>{label}</legend>
            <FormTextField
              control={control}
              name={`needs.${index}.text`}
              label={t('carePlans.fields.need')}
              isRequired
            />
            {item.fromAssessment ? <p className="field-help">{t('carePlans.fromAssessment')}</p> : null}
            <FormCheckBox
              control={control}
              name={`needs.${index}.part2`}
              label={t('carePlans.part2.markNeed')}
              description={t('carePlans.part2.help')}
            />
            <GoalList control={control} setValue={setValue} withDates={withDates} needIndex={index} />
            <Button className="button button-small button-quiet" onPress={() => remove(index)}>
              {t('carePlans.remove', { item: label })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        className="button"
        onPress={() => append({ id: newItemId(), text: '', part2: false, goals: [] })}
      >
        <span aria-hidden="true">+</span> {t('carePlans.addNeed')}
      </Button>
    </div>
  );
}

function GoalList({ control, setValue, withDates, needIndex }: Props & { needIndex: number }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: `needs.${needIndex}.goals` });
  return (
    <div className="plan-list plan-goals">
      <ListError control={control} name={`needs.${needIndex}.goals`} />
      {fields.map((item, index) => {
        const n = `${needIndex + 1}.${index + 1}`;
        const label = t('carePlans.item.goal', { n });
        const path = `needs.${needIndex}.goals.${index}` as const;
        return (
          <fieldset key={item.id} className="fieldset plan-item plan-goal">
            <legend>{label}</legend>
            <FormTextField
              control={control}
              name={`${path}.clientWords`}
              label={t('carePlans.fields.clientWords')}
              description={t('carePlans.fields.clientWordsHelp')}
              multiline
            />
            <FormTextField
              control={control}
              name={`${path}.statement`}
              label={t('carePlans.fields.statement')}
              description={t('carePlans.fields.statementHelp')}
              isRequired
            />
            <FormCheckBox
              control={control}
              name={`${path}.part2`}
              label={t('carePlans.part2.markGoal')}
              description={t('carePlans.part2.help')}
            />
            <GoalMeasureFields control={control} setValue={setValue} path={path} withDates={withDates} />
            <StatusFields control={control} path={path} withDates={withDates} />
            <ObjectiveList control={control} path={path} withDates={withDates} label={n} />
            <Button className="button button-small button-quiet" onPress={() => remove(index)}>
              {t('carePlans.remove', { item: label })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        className="button button-small"
        onPress={() =>
          append({
            id: newItemId(),
            clientWords: '',
            statement: '',
            measure: null,
            part2: false,
            objectives: [],
          })
        }
      >
        {t('carePlans.addGoal', { item: t('carePlans.item.need', { n: needIndex + 1 }) })}
      </Button>
    </div>
  );
}
