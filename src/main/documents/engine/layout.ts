import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Block, Cell, SignatureLine } from './blocks';
import { chartContent } from './chart';

/** How each block looks on the page (pdfmake content). The only place a block becomes PDF. */

const cell = (value: Cell, header = false): TableCell =>
  typeof value === 'string'
    ? { text: value, bold: header }
    : {
        text: value.text,
        bold: header || value.bold === true,
        italics: value.italics === true,
        decoration: value.strike ? 'lineThrough' : undefined,
      };

function signatureContent(line: SignatureLine): Content {
  const drawn: Content[] = line.image ? [{ image: line.image, fit: [180, 50] }] : [];
  const signed: Content[] = line.signer
    ? [
        { text: line.signer, bold: true },
        ...(line.signedAt ? [{ text: line.signedAt, style: 'small' }] : []),
        ...(line.detail ? [{ text: line.detail, style: 'small', italics: true }] : []),
      ]
    : [
        { text: ' ', margin: [0, 18, 0, 0] },
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 220, y2: 0, lineWidth: 0.7 }] },
      ];
  return {
    unbreakable: true,
    margin: [0, 6, 0, 6],
    stack: [{ text: line.role, style: 'label' }, ...drawn, ...signed],
  };
}

export function blockContent(block: Block): Content {
  switch (block.kind) {
    case 'heading':
      return { text: block.text, style: `h${block.level}`, headlineLevel: block.level };
    case 'keyValues':
      return block.rows.length === 0
        ? []
        : {
            layout: 'noBorders',
            margin: [0, 0, 0, 6],
            table: {
              widths: [150, '*'],
              body: block.rows.map(([label, value]) => [{ text: label, style: 'label' }, { text: value }]),
            },
          };
    case 'table':
      if (block.rows.length === 0) return { text: block.empty, style: 'muted' };
      return {
        layout: 'lightHorizontalLines',
        margin: [0, 2, 0, 8],
        table: {
          // The header row is repeated at the top of every page the table runs onto.
          headerRows: 1,
          dontBreakRows: true,
          widths: block.columns.map((column) => column.width ?? '*'),
          body: [
            block.columns.map((column) => cell(column.header, true)),
            ...block.rows.map((row) => row.map((value) => cell(value))),
          ],
        },
      };
    case 'paragraph':
      return { text: block.text, style: block.style };
    case 'signatures':
      return { stack: block.lines.map(signatureContent) };
    case 'chart':
      return chartContent(block.chart);
  }
}
