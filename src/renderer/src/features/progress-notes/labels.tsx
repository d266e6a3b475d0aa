import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarePlanContent } from '../../../../shared/contracts/care-plans';
import type { NoteFormatEntry, NoteSummary } from '../../../../shared/contracts/progress-notes';
import type { LocalizedText } from '../../../../shared/domain/instruments';
import type { NoteFormat } from '../../../../shared/domain/note-formats';
import { useLanternQuery } from '../../lib/client';

/** Shared bits of the notes screens: a format's own words, the formats, a note's state, times. */

/** A format's text in the screen's language (Spanish where the file has it), English otherwise. */
export function useFormatText() {
  const { i18n } = useTranslation();
  const spanish = i18n.language.startsWith('es');
  return (text: LocalizedText | undefined): string => (!text ? '' : spanish && text.es ? text.es : text.en);
}

/** The clinic's formats (shipped and its own) by id, and its default. */
export function useNoteFormats() {
  const query = useLanternQuery('notes:formats', {}, { staleTime: 5 * 60_000 });
  const byId = useMemo(
    () =>
      new Map<string, NoteFormat>(
        (query.data?.formats ?? []).map((e: NoteFormatEntry) => [e.format.id, e.format]),
      ),
    [query.data],
  );
  return {
    query,
    byId,
    entries: query.data?.formats ?? [],
    defaultFormatId: query.data?.defaultFormatId ?? null,
  };
}

/** A date and time of day (ISO instant) as the reader's locale writes them. */
export function useWhen() {
  const { i18n } = useTranslation();
  return (iso: string | null | undefined, style: 'time' | 'both' = 'both'): string => {
    if (!iso) return '';
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return new Intl.DateTimeFormat(
      i18n.language,
      style === 'time' ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
    ).format(date);
  };
}

/** The state badge: draft, awaiting co-signature, returned, signed (and entered in error). */
export function NoteStateBadge({ note }: { note: Pick<NoteSummary, 'state' | 'enteredInError'> }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`badge note-state note-state-${note.state}`}>{t(`notes.state.${note.state}`)}</span>
      {note.enteredInError ? (
        <>
          {' '}
          <span className="badge badge-risk-high">{t('notes.enteredInError.badge')}</span>
        </>
      ) : null}
    </>
  );
}

export interface PlanItemLabel {
  /** The goal's statement (or the client's words), or the objective's text. */
  text: string;
  kind: 'goal' | 'objective';
}

/**
 * Every goal and objective of the given plan versions by id, for the note's "addressed" rows: a
 * later version's words win, so a row no longer on the plan still shows the words it had.
 */
export function planItemLabels(
  ...contents: readonly (CarePlanContent | null | undefined)[]
): Map<string, PlanItemLabel> {
  const labels = new Map<string, PlanItemLabel>();
  for (const content of contents)
    for (const need of content?.needs ?? [])
      for (const goal of need.goals) {
        labels.set(goal.id, { text: goal.statement || goal.clientWords, kind: 'goal' });
        for (const objective of goal.objectives)
          labels.set(objective.id, { text: objective.text, kind: 'objective' });
      }
  return labels;
}

/** The link to a note in its client's file (the URL convention of issue 10). */
export const noteHref = (note: Pick<NoteSummary, 'id' | 'clientId'>): string =>
  `/clients/${encodeURIComponent(note.clientId)}/notes?note=${encodeURIComponent(note.id)}`;
