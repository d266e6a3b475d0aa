import type { MeasureResultView } from '../../../shared/contracts/measures';
import type { SexAtBirth } from '../../../shared/domain/clients';
import { bandsFor } from '../../../shared/domain/instrument-scoring';
import type { InstrumentDefinition } from '../../../shared/domain/instruments';
import type { Block, TrendChart } from '../engine/blocks';
import { chart, heading, table } from '../engine/blocks';
import type { DocumentText } from '../text';
import { localized, measureTitle } from './localized';

/**
 * The measures part of a summary: the latest score of each measure, then each measure's trend
 * as a chart with its severity bands. Results entered in error and incomplete ones (no total)
 * are not scores and are left out.
 */

export interface MeasureSeries {
  definition: InstrumentDefinition | null;
  instrumentId: string;
  /** Oldest first. */
  results: MeasureResultView[];
}

export function seriesOf(
  results: readonly MeasureResultView[],
  definitionOf: (instrumentId: string) => InstrumentDefinition | null,
): MeasureSeries[] {
  const byInstrument = new Map<string, MeasureResultView[]>();
  for (const result of results) {
    if (result.enteredInError || result.total === null) continue;
    byInstrument.set(result.instrumentId, [...(byInstrument.get(result.instrumentId) ?? []), result]);
  }
  return [...byInstrument].map(([instrumentId, list]) => ({
    instrumentId,
    definition: definitionOf(instrumentId),
    results: [...list].sort((a, b) => a.administeredAt.localeCompare(b.administeredAt)),
  }));
}

const nameOf = (series: MeasureSeries) => series.definition?.abbreviation ?? series.instrumentId;

function trendChart(series: MeasureSeries, sex: SexAtBirth | null, text: DocumentText): TrendChart | null {
  if (!series.definition) return null;
  const bands = bandsFor(series.definition, sex);
  const name = nameOf(series);
  const points = series.results.map((r) => ({ date: r.administeredAt.slice(0, 10), score: r.total ?? 0 }));
  return {
    title: text.t('assessment.trendTitle', { measure: measureTitle(series.definition, name, text.language) }),
    range: { min: Math.min(...bands.map((b) => b.min)), max: Math.max(...bands.map((b) => b.max)) },
    bands: bands.map((b) => ({ from: b.min, to: b.max, label: localized(b.label, text.language) })),
    points,
    description: text.t('assessment.trendPoints', {
      measure: name,
      points: points.map((p) => `${text.date(p.date)}: ${p.score}`).join('; '),
    }),
  };
}

export function measureBlocks(
  series: readonly MeasureSeries[],
  sex: SexAtBirth | null,
  text: DocumentText,
): Block[] {
  const latest = series.map((s) => ({ series: s, result: s.results[s.results.length - 1]! }));
  const blocks: Block[] = [
    heading(text.t('assessment.scores')),
    table(
      [
        { header: text.t('assessment.measure') },
        { header: text.t('assessment.score'), width: 'auto' },
        { header: text.t('assessment.severity') },
        { header: text.t('common.date'), width: 'auto' },
      ],
      latest.map(({ series: s, result }) => [
        nameOf(s),
        String(result.total),
        localized(result.bandLabel, text.language),
        text.date(result.administeredAt.slice(0, 10)),
      ]),
      text.t('assessment.noScores'),
    ),
  ];
  const charts = series.map((s) => trendChart(s, sex, text)).filter((c): c is TrendChart => c !== null);
  if (charts.length > 0) blocks.push(heading(text.t('assessment.trends')), ...charts.map(chart));
  return blocks;
}
