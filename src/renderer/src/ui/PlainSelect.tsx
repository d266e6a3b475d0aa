import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
} from 'react-aria-components';

export interface Choice {
  id: string;
  label: string;
}

/** A single choice outside a form (filters, saved views). `emptyLabel` maps to null. */
export function PlainSelect(props: {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  options: readonly Choice[];
  emptyLabel?: string;
  placeholder?: string;
  description?: string;
  isDisabled?: boolean;
  className?: string;
}) {
  const EMPTY = '__none__';
  const items: Choice[] = props.emptyLabel
    ? [{ id: EMPTY, label: props.emptyLabel }, ...props.options]
    : [...props.options];
  return (
    <Select
      className={props.className ?? 'field field-compact'}
      value={props.value ?? (props.emptyLabel ? EMPTY : null)}
      onChange={(key) => props.onChange(key === null || key === EMPTY ? null : String(key))}
      placeholder={props.placeholder}
      isDisabled={props.isDisabled}
    >
      <Label className="field-label">{props.label}</Label>
      <Button className="select-button">
        <SelectValue className="select-value" />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      {props.description ? (
        <Text slot="description" className="field-help">
          {props.description}
        </Text>
      ) : null}
      <Popover className="popover">
        <ListBox className="listbox" items={items}>
          {(item) => (
            <ListBoxItem id={item.id} className="listbox-item" textValue={item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
