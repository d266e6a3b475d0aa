import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLanternQuery } from '../../../lib/client';
import { errorMessage } from '../../../lib/errors';
import { ErrorAlert, LoadingMessage } from '../../../ui/feedback';
import { formatCalendarDate, formatDay } from '../../../lib/format';

type MergeRecord = NonNullable<ReturnType<typeof useLanternQuery<'clients:merges'>>['data']>[number];

/** "Merged records" (`clients:merges`): who merged what, when and why, with the duplicate as it was. */
export function MergedRecordsList() {
  const { t } = useTranslation();
  const merges = useLanternQuery('clients:merges', {});
  return (
    <section className="stack" aria-labelledby="merged-records-title">
      <h2 id="merged-records-title">{t('review.merged.title')}</h2>
      {merges.isPending ? <LoadingMessage /> : null}
      {merges.isError ? (
        <ErrorAlert>
          {t('review.merged.loadFailed')} {errorMessage(t, merges.error.error)}
        </ErrorAlert>
      ) : null}
      {merges.data && merges.data.length === 0 ? <p className="muted">{t('review.merged.empty')}</p> : null}
      {merges.data && merges.data.length > 0 ? (
        <ul className="card-list plain-list" aria-label={t('review.merged.title')}>
          {merges.data.map((merge) => (
            <MergedRecordItem key={merge.id} merge={merge} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function MergedRecordItem({ merge }: { merge: MergeRecord }) {
  const { t } = useTranslation();
  return (
    <li className="panel">
      <dl className="facts">
        <Fact label={t('review.merged.when')}>{formatDay(merge.mergedAt)}</Fact>
        <Fact label={t('review.merged.by')}>{merge.mergedByName ?? t('review.unknownPerson')}</Fact>
        <Fact label={t('review.merged.kept')}>{merge.survivorClientNumber}</Fact>
        <Fact label={t('review.merged.merged')}>
          {t('review.merged.nameAndNumber', {
            name: merge.mergedName,
            clientNumber: merge.mergedClientNumber,
          })}
        </Fact>
        <Fact label={t('review.merged.reason')}>{merge.reason}</Fact>
      </dl>
      <Disclosure className="disclosure">
        <Heading level={3} className="disclosure-heading">
          <Button slot="trigger" className="button button-small button-quiet">
            {t('review.merged.showSnapshot')}
          </Button>
        </Heading>
        <DisclosurePanel className="disclosure-panel">
          <SnapshotFacts snapshot={merge.snapshot} />
        </DisclosurePanel>
      </Disclosure>
    </li>
  );
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The key fields of the merged record as it was before the merge. */
function SnapshotFacts({ snapshot }: { snapshot: Record<string, unknown> }) {
  const { t } = useTranslation();
  const phones = Array.isArray(snapshot.phones)
    ? (snapshot.phones as { number?: unknown }[]).map((phone) => asText(phone.number)).filter(Boolean)
    : [];
  const workers = Array.isArray(snapshot.assignedWorkers)
    ? (snapshot.assignedWorkers as { fullName?: unknown }[]).map((w) => asText(w.fullName)).filter(Boolean)
    : [];
  const none = t('review.merge.none');
  return (
    <dl className="facts">
      <Fact label={t('review.merge.name')}>
        {`${asText(snapshot.legalFirstName)} ${asText(snapshot.legalLastName)}`.trim() || none}
      </Fact>
      <Fact label={t('review.snapshot.preferredName')}>{asText(snapshot.preferredName) || none}</Fact>
      <Fact label={t('review.merge.birthDate')}>
        {formatCalendarDate(asText(snapshot.birthDate)) || none}
      </Fact>
      <Fact label={t('review.merge.clientNumber')}>{asText(snapshot.clientNumber) || none}</Fact>
      <Fact label={t('review.merge.phone')}>{phones.length > 0 ? phones.join(', ') : none}</Fact>
      <Fact label={t('review.snapshot.email')}>{asText(snapshot.email) || none}</Fact>
      <Fact label={t('review.merge.caseManagers')}>{workers.length > 0 ? workers.join(', ') : none}</Fact>
      <Fact label={t('review.snapshot.created')}>{formatDay(asText(snapshot.createdAt)) || none}</Fact>
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
