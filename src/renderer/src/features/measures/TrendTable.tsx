import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { MeasureResult } from '../../../../shared/contracts/measures';
import type { SexAtBirth } from '../../../../shared/domain/clients';
import { bandsFor } from '../../../../shared/domain/instrument-scoring';
import type { InstrumentDefinition } from '../../../../shared/domain/instruments';
import { formatDay } from '../../lib/format';
import { InstrumentText } from './instrumentText';
import { useItemAnswers } from './TrendChart';

/** The trend's data as a table: every score, its band and each item's answer. */
export function TrendTable(props: {
  definition: InstrumentDefinition;
  results: readonly MeasureResult[];
  sex: SexAtBirth;
}) {
  const { t, i18n } = useTranslation();
  const { definition } = props;
  const bands = bandsFor(definition, props.sex);
  const answersOf = useItemAnswers(definition);
  return (
    <div className="table-wrap">
      <Table
        aria-label={t('measures.trend.tableLabel', { measure: definition.abbreviation })}
        className="data-table"
      >
        <TableHeader>
          <Column isRowHeader>{t('measures.results.date')}</Column>
          <Column>{t('measures.results.score')}</Column>
          <Column>{t('measures.results.band')}</Column>
          <Column>{t('measures.trend.answers')}</Column>
        </TableHeader>
        <TableBody
          items={props.results}
          // Rows are cached by react-aria: they must be drawn again when the language or the bands change.
          dependencies={[definition, i18n.language, props.sex]}
          renderEmptyState={() => t('measures.trend.empty')}
        >
          {(result) => {
            const band = bands.find((candidate) => candidate.id === result.bandId);
            return (
              <Row id={result.id}>
                <Cell>{formatDay(result.administeredAt)}</Cell>
                <Cell>{result.total ?? t('measures.results.notScored')}</Cell>
                <Cell>{band ? <InstrumentText text={band.label} /> : '—'}</Cell>
                <Cell>
                  <ul className="trend-answers">
                    {answersOf(result).map((answer) => (
                      <li key={answer.id}>
                        {t('measures.trend.item', { number: answer.label })}: {answer.answer}
                      </li>
                    ))}
                  </ul>
                </Cell>
              </Row>
            );
          }}
        </TableBody>
      </Table>
    </div>
  );
}
