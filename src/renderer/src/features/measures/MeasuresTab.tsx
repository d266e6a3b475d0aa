import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DueMeasure, MeasureResultView } from '../../../../shared/contracts/measures';
import type { SexAtBirth } from '../../../../shared/domain/clients';
import type { InstrumentDefinition } from '../../../../shared/domain/instruments';
import { useLanternQuery } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import type { ClientTabProps } from '../../lib/featureSlots';
import { formatCalendarDate } from '../../lib/format';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../ui/feedback';
import { PlainSelect } from '../../ui/PlainSelect';
import { ClientView } from './ClientView';
import { EnteredInErrorDialog } from './EnteredInErrorDialog';
import { GiveMeasureDialog } from './GiveMeasureDialog';
import { useInstrumentCatalogue, useInstrumentString } from './instrumentText';
import { ResultsTable } from './ResultsTable';
import { TrendSection } from './TrendSection';

type Giving = { mode: 'office' | 'client'; definition: InstrumentDefinition } | null;

/** The client's measures: due ones, results with score and band, giving one, and the trend. */
export function MeasuresTab({ file, canEdit }: ClientTabProps) {
  const { t } = useTranslation();
  const text = useInstrumentString();
  const clientId = file.client.id;
  const sex: SexAtBirth = 'sexAtBirth' in file.client ? file.client.sexAtBirth : 'unknown';
  const overview = useLanternQuery('measures:overview', { clientId });
  const { byId, entries } = useInstrumentCatalogue();
  const [chosen, setChosen] = useState<string>('phq-9');
  const [giving, setGiving] = useState<Giving>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [marking, setMarking] = useState<MeasureResultView | null>(null);
  const definition = byId.get(chosen) ?? null;
  const options = entries.map((entry) => ({ id: entry.definition.id, label: text(entry.definition.title) }));
  const results = overview.data?.results ?? [];
  // The trend leaves out results entered in error (main's trend does too).
  const counted = results.filter((result) => result.enteredInError === null);

  return (
    <div className="stack">
      <div className="tab-toolbar">
        <h2 className="tab-heading">{t('clients.tabs.measures')}</h2>
      </div>
      <StatusMessage>{notice}</StatusMessage>
      {overview.isPending ? <LoadingMessage /> : null}
      {overview.isError ? (
        <ErrorAlert>
          {t('measures.loadFailed')} {errorMessage(t, overview.error.error)}
        </ErrorAlert>
      ) : null}
      {overview.data && overview.data.due.some((due) => due.status !== 'not_due') ? (
        <DueList due={overview.data.due} byId={byId} />
      ) : null}
      {canEdit ? (
        <div className="measure-give-bar">
          <PlainSelect
            label={t('measures.give.instrument')}
            value={chosen}
            onChange={(id) => setChosen(id ?? 'phq-9')}
            options={options}
          />
          <Button
            className="button button-primary"
            isDisabled={!definition}
            onPress={() => definition && setGiving({ mode: 'office', definition })}
          >
            {t('measures.give.office')}
          </Button>
          <Button
            className="button"
            isDisabled={!definition}
            onPress={() => definition && setGiving({ mode: 'client', definition })}
          >
            {t('measures.give.client')}
          </Button>
        </div>
      ) : null}
      {overview.data ? (
        <ResultsTable results={results} byId={byId} canEdit={canEdit} onMarkError={setMarking} />
      ) : null}
      {results.some((result) => result.part2) ? (
        <p className="field-help">{t('measures.part2Notice')}</p>
      ) : null}
      {counted.length > 0 ? (
        <TrendSection clientId={clientId} sex={sex} results={counted} byId={byId} />
      ) : null}
      <GiveMeasureDialog
        definition={giving?.mode === 'office' ? giving.definition : null}
        clientId={clientId}
        sex={sex}
        onClose={() => setGiving(null)}
        onSaved={(total) =>
          setNotice(total === null ? t('measures.give.savedIncomplete') : t('measures.give.saved', { total }))
        }
      />
      <EnteredInErrorDialog
        result={marking}
        onClose={() => setMarking(null)}
        onDone={() => setNotice(t('measures.enteredInError.done'))}
      />
      <ClientView
        definition={giving?.mode === 'client' ? giving.definition : null}
        clientId={clientId}
        onClose={() => setGiving(null)}
      />
    </div>
  );
}

function DueList({ due, byId }: { due: readonly DueMeasure[]; byId: Map<string, InstrumentDefinition> }) {
  const { t } = useTranslation();
  return (
    <section className="measure-due" aria-labelledby="measure-due-title">
      <h3 id="measure-due-title">{t('measures.due.title')}</h3>
      <ul>
        {due
          .filter((item) => item.status !== 'not_due')
          .map((item) => (
            <li key={item.scheduleId} className={item.status === 'overdue' ? 'measure-overdue' : undefined}>
              {t(item.status === 'overdue' ? 'measures.due.overdue' : 'measures.due.due', {
                measure: byId.get(item.instrumentId)?.abbreviation ?? item.instrumentId,
                date: formatCalendarDate(item.dueDate),
              })}
            </li>
          ))}
      </ul>
    </section>
  );
}
