import { useFieldArray, type Control, type UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CarePlanContentInput } from '../../../../shared/contracts/care-plans';
import { FormCheckBox } from '../../ui/CheckBox';
import { FormTextField } from '../../ui/fields';
import { ItemList } from './ItemList';
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
    <ItemList
      className="plan-needs"
      itemClassName="plan-need"
      header={<ListError control={control} name="needs" />}
      fields={fields}
      remove={remove}
      labelFor={(index) => t('carePlans.item.need', { n: index + 1 })}
      addClassName="button"
      addLabel={
        <>
          <span aria-hidden="true">+</span> {t('carePlans.addNeed')}
        </>
      }
      onAdd={(id) => append({ id, text: '', part2: false, goals: [] })}
    >
      {(item, index) => (
        <>
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
        </>
      )}
    </ItemList>
  );
}

function GoalList({ control, setValue, withDates, needIndex }: Props & { needIndex: number }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: `needs.${needIndex}.goals` });
  const number = (index: number) => `${needIndex + 1}.${index + 1}`;
  return (
    <ItemList
      className="plan-goals"
      itemClassName="plan-goal"
      header={<ListError control={control} name={`needs.${needIndex}.goals`} />}
      fields={fields}
      remove={remove}
      labelFor={(index) => t('carePlans.item.goal', { n: number(index) })}
      addLabel={t('carePlans.addGoal', { item: t('carePlans.item.need', { n: needIndex + 1 }) })}
      onAdd={(id) =>
        append({ id, clientWords: '', statement: '', measure: null, part2: false, objectives: [] })
      }
    >
      {(_item, index) => {
        const path = `needs.${needIndex}.goals.${index}` as const;
        return (
          <>
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
            <ObjectiveList control={control} path={path} withDates={withDates} label={number(index)} />
          </>
        );
      }}
    </ItemList>
  );
}
