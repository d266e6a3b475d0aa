import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { newItemId } from './labels';

/**
 * One level of the plan editor (needs, goals, objectives, interventions): a fieldset per item
 * with its label as legend, a remove button that names the item, and an add button that appends
 * a new item with a fresh id. What each item holds is the caller's `children`.
 */
export function ItemList<TField extends { id: string }>(props: {
  /** The list's own class, after `plan-list` (e.g. `plan-needs`). */
  className: string;
  /** An item's own class, after `fieldset plan-item`, if any. */
  itemClassName?: string;
  /** `useFieldArray`'s fields and remove. */
  fields: TField[];
  remove(index: number): void;
  /** Appends a new, empty item with this id. */
  onAdd(id: string): void;
  addLabel: ReactNode;
  /** The add button's size: the top level's is full size. */
  addClassName?: string;
  /** The item's name, as its legend and in its remove button ("Need 1", "Goal 1.2"). */
  labelFor(index: number): string;
  /** Shown above the items (the list's own error). */
  header?: ReactNode;
  children(item: TField, index: number): ReactNode;
}) {
  const { t } = useTranslation();
  const itemClass = ['fieldset plan-item', props.itemClassName].filter(Boolean).join(' ');
  return (
    <div className={`plan-list ${props.className}`}>
      {props.header}
      {props.fields.map((item, index) => {
        const label = props.labelFor(index);
        return (
          <fieldset key={item.id} className={itemClass}>
            <legend>{label}</legend>
            {props.children(item, index)}
            <Button className="button button-small button-quiet" onPress={() => props.remove(index)}>
              {t('carePlans.remove', { item: label })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        className={props.addClassName ?? 'button button-small'}
        onPress={() => props.onAdd(newItemId())}
      >
        {props.addLabel}
      </Button>
    </div>
  );
}
