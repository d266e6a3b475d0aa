import type { TimelineItem } from '../../shared/contracts/timeline';
import type { InstrumentDefinition } from '../../shared/domain/instruments';
import type { TimelineRow } from './repository';

/** Timeline rows as the screen reads them: the sentence's params, the screen that opens the item. */

type Params = TimelineItem['params'];
type Ref = TimelineItem['ref'];

export interface ItemSources {
  /** The definition a result was scored with (band labels, the abbreviation), or null. */
  instrument(id: string, version: string | null): InstrumentDefinition | null;
  /** What the page shows of a note version's signed content, read for the page's rows only. */
  note(versionId: string): NoteFacts | undefined;
  /** The client (or a record merged into it) is flagged Part 2: every note is Part 2. */
  clientPart2: boolean;
}

export interface NoteFacts {
  contactType: string | null;
  formatId: string | null;
  part2: boolean;
  /** The text of its first section that has any (the format's first, as the writer filled it). */
  firstText: string | null;
}

const EXCERPT_LENGTH = 140;

/** The first words of a text, on one line, cut at a word and marked as cut. */
export function excerptOf(text: string | null | undefined): string | null {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!line) return null;
  if (line.length <= EXCERPT_LENGTH) return line;
  const cut = line.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The few facts the timeline shows of a note's content (JSON text as signed). */
export function noteFacts(content: string): NoteFacts {
  try {
    const parsed = JSON.parse(content) as {
      contactType?: unknown;
      formatId?: unknown;
      part2?: unknown;
      sections?: { text?: unknown }[];
    };
    const first = parsed.sections?.find((section) => typeof section.text === 'string' && section.text.trim());
    return {
      contactType: typeof parsed.contactType === 'string' ? parsed.contactType : null,
      formatId: typeof parsed.formatId === 'string' ? parsed.formatId : null,
      part2: parsed.part2 === true,
      firstText: typeof first?.text === 'string' ? first.text : null,
    };
  } catch {
    return { contactType: null, formatId: null, part2: false, firstText: null };
  }
}

function bandLabel(definition: InstrumentDefinition | null, bandId: string | null) {
  if (!definition || bandId === null) return null;
  const lists = [definition.bands.default, definition.bands.female ?? [], definition.bands.male ?? []];
  return lists.flat().find((band) => band.id === bandId)?.label ?? null;
}

const RECORD_SCREENS: Record<string, Ref['screen']> = {
  assessment: 'assessment',
  care_plan: 'care_plan',
  progress_note: 'note',
  discharge: 'discharge',
};

function describe(
  row: TimelineRow,
  sources: ItemSources,
): { params: Params; ref: Ref; excerpt: string | null } {
  switch (row.kind) {
    case 'assessment':
      return {
        params: { type: row.a, version: row.b, riskLevel: row.c },
        ref: { screen: 'assessment', id: row.ref_id },
        excerpt: null,
      };
    case 'care_plan':
      return {
        params: { version: row.b, signer: row.event === 'plan_agreed' ? row.a : null },
        ref: { screen: 'care_plan', id: row.ref_id },
        excerpt: null,
      };
    case 'note': {
      const facts = row.version_id ? sources.note(row.version_id) : undefined;
      return {
        // The version signed, co-signed or returned (b); a return's comment is never read here.
        params: {
          contactType: facts?.contactType ?? null,
          format: facts?.formatId ?? null,
          version: typeof row.b === 'number' ? row.b : null,
        },
        ref: { screen: 'note', id: row.ref_id },
        excerpt: row.event === 'note_signed' ? excerptOf(facts?.firstText) : null,
      };
    }
    case 'addendum':
      return {
        params: { recordKind: row.record_kind },
        ref: { screen: RECORD_SCREENS[row.record_kind ?? ''] ?? 'note', id: row.ref_id },
        excerpt: null,
      };
    case 'measure': {
      const definition = sources.instrument(row.a ?? '', row.version_id);
      const band = bandLabel(definition, row.c);
      return {
        params: {
          instrument: definition?.abbreviation ?? row.a,
          score: typeof row.b === 'number' ? row.b : null,
          bandEn: band?.en ?? null,
          bandEs: band?.es ?? band?.en ?? null,
        },
        ref: { screen: 'measures', id: row.ref_id },
        excerpt: null,
      };
    }
    case 'alert': {
      const definition = sources.instrument(row.a ?? '', null);
      return {
        params: { instrument: definition?.abbreviation ?? row.a },
        ref: { screen: 'measures', id: row.ref_id },
        excerpt: excerptOf(row.text),
      };
    }
    case 'risk':
      return {
        params: { level: row.a, source: row.c },
        ref: { screen: 'risk', id: row.ref_id },
        excerpt: excerptOf(row.text),
      };
    case 'discharge':
      return {
        // Program and day (b: the discharge date, or the new enrollment's start); the reason's code.
        params: { program: row.a, date: typeof row.b === 'string' ? row.b : null, reason: row.c },
        ref: { screen: 'discharge', id: row.ref_id },
        excerpt: null,
      };
    case 'document':
      return {
        // The title as the document has it (in its own language), what it is, how it was first issued.
        params: { title: row.a, definition: row.b, how: row.c },
        ref: { screen: 'documents', id: row.ref_id },
        excerpt: null,
      };
    case 'care_team':
    case 'diagnosis':
      return {
        params: { name: row.a, change: row.b },
        ref: { screen: row.kind === 'care_team' ? 'care_team' : 'diagnoses', id: row.ref_id },
        excerpt: null,
      };
    case 'attachment':
      return {
        params: { title: row.a, attachmentKind: row.c },
        ref: { screen: 'documents', id: row.ref_id },
        // A removal shows its reason, as a risk change does.
        excerpt: excerptOf(row.text),
      };
  }
}

/** Part 2 of a note or a note's addendum comes from its content (read for the page only). */
function isPart2(row: TimelineRow, sources: ItemSources): boolean {
  if (row.part2 === 1) return true;
  if (row.record_kind !== 'progress_note') return false;
  return sources.clientPart2 || (row.version_id ? (sources.note(row.version_id)?.part2 ?? false) : false);
}

export function toItem(row: TimelineRow, sources: ItemSources): TimelineItem {
  const { params, ref, excerpt } = describe(row, sources);
  return {
    id: row.id,
    kind: row.kind,
    event: row.event as TimelineItem['event'],
    at: row.at,
    authorId: row.author_id,
    authorName: row.author_name ?? '',
    params,
    excerpt,
    part2: isPart2(row, sources),
    enteredInError: row.in_error === 1,
    ref,
  };
}
