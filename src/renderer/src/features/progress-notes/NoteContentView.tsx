import { useTranslation } from 'react-i18next';
import type { ProgressNoteContent } from '../../../../shared/contracts/progress-notes';
import type { NoteFormat } from '../../../../shared/domain/note-formats';
import { formatCalendarDate } from '../../lib/format';
import { useFormatText, type PlanItemLabel } from './labels';

/** A note's content, read only: the contact, the plan items with their marks, the sections. */
export function NoteContentView(props: {
  content: ProgressNoteContent;
  format: NoteFormat | undefined;
  labels: ReadonlyMap<string, PlanItemLabel>;
}) {
  const { content, format, labels } = props;
  const { t } = useTranslation();
  const text = useFormatText();
  const sectionLabel = (id: string) => {
    const section = format?.sections.find((s) => s.id === id);
    return section ? text(section.label) : id;
  };
  const contact = [
    formatCalendarDate(content.contactDate),
    content.startTime,
    content.endTime ? t('notes.reader.until', { time: content.endTime }) : null,
    content.durationMinutes ? t('notes.reader.minutes', { count: content.durationMinutes }) : null,
  ]
    .filter(Boolean)
    .join(' ');
  const facts: [string, string][] = [
    [t('notes.reader.contact'), contact || '—'],
    [
      t('notes.fields.contactType'),
      content.contactType === 'collateral' && content.collateralWith
        ? t('notes.reader.typeWith', {
            type: t(`notes.contactType.${content.contactType}`),
            who: content.collateralWith,
          })
        : t(`notes.contactType.${content.contactType}`),
    ],
    [t('notes.fields.location'), content.location || '—'],
    [t('notes.fields.participants'), content.participants || '—'],
  ];
  const written: [string, string][] = [
    ...content.sections.map((s): [string, string] => [sectionLabel(s.id), s.text]),
    [t('notes.fields.interventions'), content.interventions],
    [t('notes.fields.clientResponse'), content.clientResponse],
    [t('notes.fields.nextSteps'), content.nextSteps],
  ];
  return (
    <div className="note-content">
      <dl className="note-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {content.followUpDate ? (
          <div>
            <dt>{t('notes.fields.followUpDate')}</dt>
            <dd>{formatCalendarDate(content.followUpDate)}</dd>
          </div>
        ) : null}
      </dl>
      {content.addressed.length > 0 ? (
        <>
          <h4>{t('notes.editor.addressed')}</h4>
          <ul className="plain-list note-addressed-read">
            {content.addressed.map((item) => {
              const label = labels.get(item.objectiveId ?? item.goalId);
              return (
                <li
                  key={`${item.goalId}-${item.objectiveId ?? ''}`}
                  className={item.objectiveId ? 'note-addressed-objective' : undefined}
                >
                  <span className="muted">
                    {t(`notes.editor.kind.${item.objectiveId ? 'objective' : 'goal'}`)}
                  </span>{' '}
                  {label?.text || t('notes.editor.itemNotShown')} —{' '}
                  <strong className={`note-mark-read note-mark-${item.mark}`}>
                    {t(`notes.mark.${item.mark}`)}
                  </strong>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <dl className="note-sections-read">
        {written.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="pre-wrap">{value || t('notes.reader.nothing')}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
