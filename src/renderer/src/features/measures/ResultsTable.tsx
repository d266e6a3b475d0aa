import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { MeasureResultView } from '../../../../shared/contracts/measures';
import type { InstrumentDefinition } from '../../../../shared/domain/instruments';
import { formatDay } from '../../lib/format';
import { InstrumentText } from './instrumentText';

/**
 * Every result given to the client, newest first. The band label is the one main read from the
 * definition version the result was scored with; a result entered in error stays, struck
 * through, with who, when and why; Part 2 results (AUDIT-C) say so.
 */
export function ResultsTable(props: {
  results: readonly MeasureResultView[];
  byId: Map<string, InstrumentDefinition>;
  canEdit: boolean;
  onMarkError(result: MeasureResultView): void;
}) {
  const { t, i18n } = useTranslation();
  const { results, byId, canEdit } = props;
  return (
    <div className="table-wrap">
      <Table aria-label={t('measures.results.tableLabel')} className="data-table">
        <TableHeader>
          <Column isRowHeader>{t('measures.results.date')}</Column>
          <Column>{t('measures.results.measure')}</Column>
          <Column>{t('measures.results.score')}</Column>
          <Column>{t('measures.results.band')}</Column>
          <Column>{t('measures.results.mode')}</Column>
          <Column>{t('measures.results.enteredBy')}</Column>
          <Column>{t('measures.results.actions')}</Column>
        </TableHeader>
        <TableBody
          items={results}
          dependencies={[byId, i18n.language, canEdit]}
          renderEmptyState={() => t('measures.results.empty')}
        >
          {(result) => {
            const error = result.enteredInError;
            const struck = error ? 'measure-entered-in-error' : undefined;
            return (
              <Row id={result.id}>
                <Cell>
                  <span className={struck}>{formatDay(result.administeredAt)}</span>
                </Cell>
                <Cell>
                  <span className={struck}>
                    {byId.get(result.instrumentId)?.abbreviation ?? result.instrumentId}
                  </span>
                  {result.part2 ? (
                    <span className="badge measure-part2">{t('measures.results.part2')}</span>
                  ) : null}
                </Cell>
                <Cell>
                  <span className={struck}>{result.total ?? t('measures.results.notScored')}</span>
                </Cell>
                <Cell>
                  <span className={struck}>
                    {result.bandLabel ? <InstrumentText text={result.bandLabel} /> : '—'}
                  </span>
                </Cell>
                <Cell>{t(`measures.modes.${result.mode}`)}</Cell>
                <Cell>{result.enteredByName}</Cell>
                <Cell>
                  {error ? (
                    <span className="measure-error-note">
                      {t('measures.results.enteredInError', {
                        name: error.byName,
                        date: formatDay(error.at),
                        reason: error.reason,
                      })}
                    </span>
                  ) : canEdit ? (
                    <Button
                      className="button button-small"
                      aria-label={t('measures.results.markErrorLabel', {
                        measure: byId.get(result.instrumentId)?.abbreviation ?? result.instrumentId,
                        date: formatDay(result.administeredAt),
                      })}
                      onPress={() => props.onMarkError(result)}
                    >
                      {t('measures.results.markError')}
                    </Button>
                  ) : null}
                </Cell>
              </Row>
            );
          }}
        </TableBody>
      </Table>
    </div>
  );
}
