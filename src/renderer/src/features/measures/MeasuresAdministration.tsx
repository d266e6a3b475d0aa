import { useTranslation } from 'react-i18next';
import { can } from '../../../../shared/domain/roles';
import { useSession } from '../../app/session';
import { AddInstrumentForm } from './AddInstrumentForm';
import { InstrumentText, useInstrumentCatalogue } from './instrumentText';
import { SchedulesPanel } from './SchedulesPanel';

/** Administration → Measures: the catalogue, adding a clinic's instrument file, and schedules. */
export function MeasuresAdministration() {
  const { t } = useTranslation();
  const { session } = useSession();
  const { entries } = useInstrumentCatalogue();
  return (
    <div className="stack">
      <h2 className="tab-heading">{t('measures.admin.title')}</h2>
      <section aria-labelledby="instrument-catalogue-title">
        <h3 id="instrument-catalogue-title">{t('measures.admin.catalogue')}</h3>
        <ul className="instrument-catalogue">
          {entries.map((entry) => (
            <li key={entry.definition.id}>
              <strong>
                <InstrumentText text={entry.definition.title} />
              </strong>{' '}
              ({t(entry.origin === 'shipped' ? 'measures.admin.shipped' : 'measures.admin.clinic')},{' '}
              {t('measures.admin.version', { version: entry.definition.version })})
              <br />
              <small lang="en">{entry.definition.licence}</small>
            </li>
          ))}
        </ul>
      </section>
      {can(session.role, 'settings:manage') ? <AddInstrumentForm /> : null}
      <SchedulesPanel />
    </div>
  );
}
