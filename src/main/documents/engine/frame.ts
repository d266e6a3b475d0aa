import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Role } from '../../../shared/domain/roles';
import type { Recipient } from '../../../shared/domain/access';
import { PART2_REDISCLOSURE_NOTICE } from '../../fhir/disclosure';
import type { DocumentText } from '../text';
import type { Block } from './blocks';
import { blockContent } from './layout';
import { DOCUMENT_FONT } from './pdfmake-setup';

/** The clinic's letterhead as printed: name, address lines, phone, and the logo as a checked data URL. */
export interface PrintedLetterhead {
  name: string;
  address: string;
  phone: string;
  logoDataUrl: string | null;
}

/** What every document carries around its blocks: who made it, when, for whom, from which clinic. */
export interface DocumentFrame {
  title: string;
  text: DocumentText;
  letterhead: PrintedLetterhead;
  generatedBy: { name: string; role: Role };
  generatedAt: Date;
  recipient: Recipient;
  /** Part 2 information is in the blocks: the redisclosure notice goes on every page. */
  part2: boolean;
}

const MARGIN = { side: 48, top: 44, bottom: 64, bottomWithNotice: 84 } as const;

function letterheadContent(letterhead: PrintedLetterhead, text: DocumentText): Content {
  const lines: Content[] = [{ text: letterhead.name, style: 'clinic' }];
  if (letterhead.address) lines.push({ text: letterhead.address, style: 'small' });
  if (letterhead.phone)
    lines.push({ text: text.t('frame.phone', { phone: letterhead.phone }), style: 'small' });
  const logo: Content[] = letterhead.logoDataUrl
    ? [{ image: letterhead.logoDataUrl, fit: [64, 64], width: 72 }]
    : [];
  return {
    margin: [0, 0, 0, 10],
    stack: [
      { columns: [...logo, { stack: lines, width: '*' }], columnGap: 10 },
      {
        canvas: [{ type: 'line', x1: 0, y1: 6, x2: 499, y2: 6, lineWidth: 0.8, lineColor: '#1f4e79' }],
      },
    ],
  };
}

/** The notice 42 CFR §2.32 asks for, in the official English with the reader's language beside it. */
function part2Notice(text: DocumentText): Content {
  const translation = text.t('frame.part2Translation');
  return {
    margin: [0, 4, 0, 10],
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: text.t('frame.part2Heading'), bold: true },
              { text: PART2_REDISCLOSURE_NOTICE },
              ...(translation ? [{ text: translation, italics: true }] : []),
            ],
            fillColor: '#fff4e5',
            margin: [6, 4, 6, 4],
          },
        ],
      ],
    },
  };
}

function footer(frame: DocumentFrame, onPageCount: (count: number) => void): DynamicContent {
  const { text } = frame;
  const generated = text.t('frame.generated', {
    date: text.dateTime(frame.generatedAt),
    name: frame.generatedBy.name,
    role: text.label('role', frame.generatedBy.role),
  });
  return (page, pages) => {
    onPageCount(pages);
    return {
      margin: [MARGIN.side, 8, MARGIN.side, 0],
      style: 'footer',
      stack: [
        ...(frame.part2 ? [{ text: PART2_REDISCLOSURE_NOTICE, bold: true }] : []),
        { text: text.t('frame.confidential') },
        {
          columns: [
            { text: generated, width: '*' },
            { text: text.t('frame.page', { page, pages }), width: 'auto', alignment: 'right' },
          ],
        },
      ],
    };
  };
}

/** pdfmake's whole definition of one document. `onPageCount` learns how many pages it has. */
export function documentDefinition(
  frame: DocumentFrame,
  blocks: readonly Block[],
  onPageCount: (count: number) => void,
): TDocumentDefinitions {
  const { text } = frame;
  const recipientLine = text.t(frame.recipient === 'client' ? 'frame.forClient' : 'frame.forOther');
  return {
    pageSize: 'LETTER',
    pageMargins: [
      MARGIN.side,
      MARGIN.top,
      MARGIN.side,
      frame.part2 ? MARGIN.bottomWithNotice : MARGIN.bottom,
    ],
    language: text.language === 'es' ? 'es-US' : 'en-US',
    displayTitle: true,
    info: {
      title: frame.title,
      author: frame.letterhead.name,
      subject: frame.title,
      creator: 'Lantern',
      producer: 'Lantern',
      creationDate: frame.generatedAt,
    },
    header: (page) =>
      page === 1
        ? null
        : {
            text: `${frame.letterhead.name} — ${frame.title}`,
            style: 'running',
            margin: [MARGIN.side, 18, MARGIN.side, 0],
          },
    footer: footer(frame, onPageCount),
    content: [
      letterheadContent(frame.letterhead, text),
      { text: frame.title, style: 'h1' },
      { text: recipientLine, style: 'muted' },
      ...(frame.part2 ? [part2Notice(text)] : []),
      ...blocks.map(blockContent),
    ],
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 10, lineHeight: 1.2 },
    styles: {
      clinic: { fontSize: 14, bold: true, color: '#1f4e79' },
      h1: { fontSize: 17, bold: true, margin: [0, 4, 0, 2] },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 4], color: '#1f4e79' },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
      label: { bold: true, color: '#333333' },
      small: { fontSize: 8.5 },
      muted: { color: '#555555', italics: true, margin: [0, 0, 0, 4] },
      body: { margin: [0, 0, 0, 4] },
      notice: { bold: true, margin: [0, 4, 0, 6] },
      mark: { bold: true, color: '#8a1c1c', margin: [0, 2, 0, 4] },
      footer: { fontSize: 7.5, color: '#333333' },
      running: { fontSize: 8, color: '#555555' },
    },
  };
}
