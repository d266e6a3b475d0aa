import type { Column, Content } from 'pdfmake/interfaces';
import type { TrendChart } from './blocks';

/**
 * A measure's trend drawn as vectors: an SVG of shapes only — the severity bands as shaded
 * stripes, the line through the scores and a dot at each — with the words (band names and
 * ranges, the first and last dates, the scores) as real pdfmake text beside and under it.
 * There is no text in the SVG on purpose: pdfmake's SVG renderer loads fonts for SVG text from
 * disk by file name, outside the virtual file system and the access policy. Everything in the
 * SVG is made here from numbers; a record's content cannot put an element into it.
 */

const PLOT = { width: 330, height: 130 } as const;
export const BAND_SHADES = ['#dcefe0', '#f4ecc8', '#f7dcc4', '#f2c9c9', '#e8bfd3', '#d9cfe9'] as const;
const LINE = '#1f4e79';

const round = (n: number) => Math.round(n * 10) / 10;

export function trendSvg(chart: TrendChart): string {
  const { width, height } = PLOT;
  const span = Math.max(chart.range.max - chart.range.min, 1);
  const y = (score: number) => round(height * (1 - (score - chart.range.min) / span));
  const count = chart.points.length;
  const pad = 6;
  const x = (index: number) =>
    round(count <= 1 ? width / 2 : pad + ((width - 2 * pad) * index) / (count - 1));

  const parts: string[] = [];
  chart.bands.forEach((band, index) => {
    const top = y(Math.min(band.to + 0.5, chart.range.max));
    const bottom = y(Math.max(band.from - 0.5, chart.range.min));
    parts.push(
      `<rect x="0" y="${top}" width="${width}" height="${round(bottom - top)}" fill="${BAND_SHADES[index % BAND_SHADES.length]}"/>`,
    );
  });
  parts.push(
    `<rect x="0" y="0" width="${width}" height="${height}" fill="none" stroke="#777" stroke-width="0.6"/>`,
  );
  if (count > 1) {
    const line = chart.points.map((p, i) => `${x(i)},${y(p.score)}`).join(' ');
    parts.push(`<polyline points="${line}" fill="none" stroke="${LINE}" stroke-width="1.4"/>`);
  }
  chart.points.forEach((p, i) =>
    parts.push(`<circle cx="${x(i)}" cy="${y(p.score)}" r="2.6" fill="${LINE}"/>`),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

function legend(chart: TrendChart): Column {
  // Highest band first, as the stripes run from the top of the chart down.
  const bands = chart.bands.map((band, index) => ({ band, index })).reverse();
  return {
    width: '*',
    margin: [10, 0, 0, 0],
    table: {
      widths: [10, '*'],
      body: bands.map(({ band, index }) => [
        { text: ' ', fillColor: BAND_SHADES[index % BAND_SHADES.length] },
        { text: `${band.label} (${band.from}–${band.to})`, fontSize: 8 },
      ]),
    },
    layout: 'noBorders',
  };
}

export function chartContent(chart: TrendChart): Content {
  const first = chart.points[0];
  const last = chart.points.length > 1 ? chart.points[chart.points.length - 1] : undefined;
  return {
    unbreakable: true,
    margin: [0, 4, 0, 10],
    stack: [
      { text: chart.title, style: 'label', margin: [0, 0, 0, 2] },
      {
        columns: [
          {
            width: 16,
            stack: [
              { text: String(chart.range.max), fontSize: 7 },
              { text: String(chart.range.min), fontSize: 7, margin: [0, PLOT.height - 18, 0, 0] },
            ],
          },
          { width: PLOT.width, svg: trendSvg(chart) },
          legend(chart),
        ],
      },
      {
        margin: [16, 1, 0, 2],
        columns: [
          { width: PLOT.width / 2, text: first?.date ?? '', fontSize: 7 },
          { width: PLOT.width / 2, text: last?.date ?? '', fontSize: 7, alignment: 'right' },
        ],
      },
      { text: chart.description, style: 'small' },
    ],
  };
}
