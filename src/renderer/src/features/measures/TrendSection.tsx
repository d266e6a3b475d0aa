import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureResult } from '../../../../shared/contracts/measures';
import type { SexAtBirth } from '../../../../shared/domain/clients';
import type { InstrumentDefinition } from '../../../../shared/domain/instruments';
import { useLanternQuery } from '../../lib/client';
import { LoadingMessage } from '../../ui/feedback';
import { PlainSelect } from '../../ui/PlainSelect';
import { TrendChart } from './TrendChart';
import { TrendTable } from './TrendTable';

/** The trend of one measure the client has results for: the chart and, beside it, its table. */
export function TrendSection(props: {
  clientId: string;
  sex: SexAtBirth;
  results: readonly MeasureResult[];
  byId: Map<string, InstrumentDefinition>;
}) {
  const { t } = useTranslation();
  const given = [...new Set(props.results.map((result) => result.instrumentId))];
  const [chosen, setChosen] = useState(given[0]!);
  const instrumentId = given.includes(chosen) ? chosen : given[0]!;
  const definition = props.byId.get(instrumentId);
  const trend = useLanternQuery('measures:trend', { clientId: props.clientId, instrumentId });
  return (
    <section className="trend" aria-labelledby="trend-title">
      <h3 id="trend-title">{t('measures.trend.title')}</h3>
      <PlainSelect
        label={t('measures.trend.instrument')}
        value={instrumentId}
        onChange={(id) => id && setChosen(id)}
        options={given.map((id) => ({ id, label: props.byId.get(id)?.abbreviation ?? id }))}
      />
      {trend.isPending || !definition ? <LoadingMessage /> : null}
      {trend.data && definition ? (
        <div className="trend-layout">
          <TrendChart definition={definition} results={trend.data} sex={props.sex} />
          <TrendTable definition={definition} results={trend.data} sex={props.sex} />
        </div>
      ) : null}
    </section>
  );
}
