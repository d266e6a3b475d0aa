import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseloadColumn } from '../../../../../shared/contracts/caseload';
import { CheckBox } from '../../../ui/CheckBox';

/** Show, hide and reorder the caseload's columns. The name column always stays. */
export function ColumnChooser({
  columns,
  available,
  onChange,
}: {
  columns: readonly CaseloadColumn[];
  available: readonly CaseloadColumn[];
  onChange(columns: CaseloadColumn[]): void;
}) {
  const { t } = useTranslation();
  const hidden = available.filter((column) => !columns.includes(column));
  const label = (column: CaseloadColumn) => t(`clients.columns.${column}`);

  const move = (column: CaseloadColumn, step: -1 | 1) => {
    const from = columns.indexOf(column);
    const to = from + step;
    if (from < 0 || to < 0 || to >= columns.length) return;
    const next = [...columns];
    next.splice(from, 1);
    next.splice(to, 0, column);
    onChange(next);
    // A button that becomes unusable at either end hands focus to its partner.
    if (to === 0 || to === columns.length - 1) {
      const partner = step === -1 ? 'down' : 'up';
      requestAnimationFrame(() => document.getElementById(`column-${column}-${partner}`)?.focus());
    }
  };

  return (
    <DialogTrigger>
      <Button className="button">
        {t('clients.columnsChooser.open')} <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover popover-panel" placement="bottom start">
        <Dialog className="dialog dialog-compact" aria-labelledby="column-chooser-title">
          <Heading id="column-chooser-title" slot="title" className="dialog-title-small">
            {t('clients.columnsChooser.title')}
          </Heading>
          <p className="muted small">{t('clients.columnsChooser.help')}</p>
          <ol className="column-list">
            {columns.map((column, position) => (
              <li key={column} className="column-item">
                <CheckBox
                  compact
                  isSelected
                  isDisabled={column === 'name'}
                  onChange={() => onChange(columns.filter((c) => c !== column))}
                >
                  {label(column)}
                </CheckBox>
                <span className="column-moves">
                  <Button
                    id={`column-${column}-up`}
                    className="button button-small icon-button"
                    aria-label={t('clients.columnsChooser.moveUp', { column: label(column) })}
                    isDisabled={position === 0}
                    onPress={() => move(column, -1)}
                  >
                    <span aria-hidden="true">↑</span>
                  </Button>
                  <Button
                    id={`column-${column}-down`}
                    className="button button-small icon-button"
                    aria-label={t('clients.columnsChooser.moveDown', { column: label(column) })}
                    isDisabled={position === columns.length - 1}
                    onPress={() => move(column, 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </Button>
                </span>
              </li>
            ))}
            {hidden.map((column) => (
              <li key={column} className="column-item column-item-hidden">
                <CheckBox compact isSelected={false} onChange={() => onChange([...columns, column])}>
                  {label(column)}
                </CheckBox>
              </li>
            ))}
          </ol>
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
