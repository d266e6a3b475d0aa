import { useTranslation } from 'react-i18next';
import type { NoteFormatEntry } from '../../../../shared/contracts/progress-notes';
import { useLanternQuery } from '../../lib/client';
import { formatDay } from '../../lib/format';
import { ErrorAlert, LoadingMessage } from '../../ui/feedback';
import { AddNoteFormatForm } from './AddNoteFormatForm';
import { LocalText, useLocalString } from './localText';

/** Administration → Note formats: every format with its sections, and adding a clinic's own. */
export function NoteFormatsSection() {
  const { t } = useTranslation();
  const formats = useLanternQuery('notes:formats', {});
  return (
    <div className="stack">
      <h2 className="tab-heading">{t('noteFormats.formats.title')}</h2>
      <p className="muted">{t('noteFormats.formats.intro')}</p>
      {formats.isPending ? <LoadingMessage /> : null}
      <ErrorAlert error={formats.error?.error ?? null} />
      {formats.data ? (
        <section aria-labelledby="note-format-catalogue-title">
          <h3 id="note-format-catalogue-title">{t('noteFormats.formats.catalogue')}</h3>
          <ul className="plain-list note-format-catalogue">
            {formats.data.formats.map((entry) => (
              <FormatItem
                key={entry.format.id}
                entry={entry}
                isDefault={entry.format.id === formats.data.defaultFormatId}
              />
            ))}
          </ul>
        </section>
      ) : null}
      <AddNoteFormatForm />
    </div>
  );
}

function FormatItem({ entry, isDefault }: { entry: NoteFormatEntry; isDefault: boolean }) {
  const { t } = useTranslation();
  const text = useLocalString();
  const { format } = entry;
  const origin =
    entry.origin === 'shipped'
      ? t('noteFormats.formats.shipped')
      : t('noteFormats.formats.clinic', { name: entry.addedByName ?? '', date: formatDay(entry.addedAt) });
  return (
    <li className="note-format">
      <strong>
        <LocalText text={format.name} />
      </strong>{' '}
      <span className="muted">
        ({origin}, {t('noteFormats.formats.version', { version: format.version })})
      </span>
      {isDefault ? <span className="badge"> {t('noteFormats.formats.default')}</span> : null}
      {format.description ? (
        <p className="muted">
          <LocalText text={format.description} />
        </p>
      ) : null}
      <ol
        className="note-format-sections"
        aria-label={t('noteFormats.formats.sections', { name: text(format.name) })}
      >
        {format.sections.map((section) => (
          <li key={section.id}>
            <LocalText text={section.label} />{' '}
            <span className="muted">
              ({t(section.required ? 'noteFormats.formats.required' : 'noteFormats.formats.optional')})
            </span>
          </li>
        ))}
      </ol>
    </li>
  );
}
