import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import type { MeasureResult } from '../../../../shared/contracts/measures';
import type { SexAtBirth } from '../../../../shared/domain/clients';
import { bandsFor } from '../../../../shared/domain/instrument-scoring';
import type { InstrumentDefinition } from '../../../../shared/domain/instruments';
import { countedItems, optionsOf, scoreRange } from '../../../../shared/domain/instruments';
import { formatDay } from '../../lib/format';
import { useInstrumentString } from './instrumentText';

/** Band shading from the lowest band to the highest (lightest to strongest). */
const BAND_FILLS = ['#e3f1e6', '#f3f0d9', '#f8e3cc', '#f6d2c4', '#efc0c4'];

export interface TrendPoint {
  id: string;
  day: string;
  total: number | null;
  result: MeasureResult;
}

export const trendPoints = (results: readonly MeasureResult[]): TrendPoint[] =>
  results.map((result) => ({
    id: result.id,
    day: formatDay(result.administeredAt),
    total: result.total,
    result,
  }));

/** "1: Several days" for each counted item, in the instrument's words. */
export function useItemAnswers(definition: InstrumentDefinition) {
  const text = useInstrumentString();
  const { t } = useTranslation();
  return (result: MeasureResult) =>
    countedItems(definition).map((item, index) => {
      const value = result.answers[item.id];
      const option = optionsOf(definition, item).find((candidate) => candidate.value === value);
      return {
        id: item.id,
        label: `${index + 1}`,
        answer: option ? `${text(option.label)} (${value})` : t('measures.trend.unanswered'),
      };
    });
}

/**
 * Scores over time with the instrument's severity bands drawn behind the line. Hovering or
 * focusing a point (the chart is keyboard-navigable: arrow keys) shows that day's item answers.
 * The same data is in the table beside it.
 */
export function TrendChart(props: {
  definition: InstrumentDefinition;
  results: readonly MeasureResult[];
  sex: SexAtBirth;
}) {
  const { t } = useTranslation();
  const text = useInstrumentString();
  const { definition } = props;
  const range = scoreRange(definition);
  const bands = bandsFor(definition, props.sex);
  const points = trendPoints(props.results);
  const answersOf = useItemAnswers(definition);
  return (
    <figure
      className="trend-figure"
      aria-label={t('measures.trend.chartLabel', { measure: definition.abbreviation })}
    >
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={points} margin={{ top: 12, right: 24, bottom: 8, left: 0 }} accessibilityLayer>
          {bands.map((band, index) => (
            <ReferenceArea
              key={band.id}
              y1={index === 0 ? range.min : band.min - 0.5}
              y2={index === bands.length - 1 ? range.max : band.max + 0.5}
              fill={BAND_FILLS[Math.min(index, BAND_FILLS.length - 1)]}
              fillOpacity={1}
              ifOverflow="hidden"
              label={{ value: text(band.label), position: 'insideTopRight', fontSize: 11, fill: '#444' }}
            />
          ))}
          <CartesianGrid strokeDasharray="3 3" stroke="#c8c8c8" />
          <XAxis dataKey="day" />
          <YAxis domain={[range.min, range.max]} allowDecimals={false} />
          <Tooltip
            content={({ active, payload }) => {
              const point = active ? (payload?.[0]?.payload as TrendPoint | undefined) : undefined;
              if (!point) return null;
              const band = bands.find((candidate) => candidate.id === point.result.bandId);
              return (
                <div className="trend-tooltip">
                  <p>
                    <strong>{point.day}</strong> ·{' '}
                    {point.total === null
                      ? t('measures.results.notScored')
                      : t('measures.trend.score', { total: point.total })}
                    {band ? ` · ${text(band.label)}` : ''}
                  </p>
                  <ul>
                    {answersOf(point.result).map((answer) => (
                      <li key={answer.id}>
                        {t('measures.trend.item', { number: answer.label })}: {answer.answer}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            }}
          />
          <Line
            type="monotone"
            dataKey="total"
            stroke="#1d4f91"
            strokeWidth={2.5}
            dot={{ r: 5 }}
            activeDot={{ r: 7 }}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
