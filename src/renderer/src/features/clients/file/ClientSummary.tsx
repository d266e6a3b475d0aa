import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientFile } from '../../../../../shared/contracts/clients';
import { CLIENT_FLAGS } from '../../../../../shared/domain/clients';
import { RiskBadge, StatusBadge } from '../components/Badges';
import { ageFromBirthDate, formatCalendarDate } from '../../../lib/format';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === '' || children === null || children === undefined;
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{empty ? <span className="muted">{t('clients.overview.none')}</span> : children}</dd>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="panel summary-section" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function EnrollmentDates({ start, end }: { start: string | null; end: string | null }) {
  const { t } = useTranslation();
  let text = '';
  if (start && end)
    text = t('clients.overview.datesBoth', { from: formatCalendarDate(start), to: formatCalendarDate(end) });
  else if (start) text = t('clients.overview.datesFrom', { from: formatCalendarDate(start) });
  else if (end) text = t('clients.overview.datesTo', { to: formatCalendarDate(end) });
  return text ? <span className="muted"> {text}</span> : null;
}

/** Every field of the client, read-only, in the same sections as the form. */
export function ClientSummary({ file }: { file: ClientFile }) {
  const { t } = useTranslation();
  const { client } = file;
  const age = ageFromBirthDate(client.birthDate);
  const address = [
    client.address.line1,
    client.address.line2,
    client.address.city,
    client.address.region,
    client.address.postalCode,
  ]
    .filter(Boolean)
    .join(', ');
  const yes = (value: boolean) => (value ? t('clients.overview.yes') : t('clients.overview.no'));

  return (
    <div className="summary-grid">
      <Section title={t('clients.form.sections.identity')}>
        <dl className="facts">
          <Fact label={t('clients.fields.legalFirstName')}>{client.legalFirstName}</Fact>
          <Fact label={t('clients.fields.legalLastName')}>{client.legalLastName}</Fact>
          <Fact label={t('clients.fields.preferredName')}>{client.preferredName}</Fact>
          <Fact label={t('clients.fields.pronouns')}>{client.pronouns}</Fact>
          <Fact label={t('clients.fields.birthDate')}>
            {formatCalendarDate(client.birthDate)}
            {age === null ? '' : ` (${t('clients.ageYears', { count: age })})`}
          </Fact>
          <Fact label={t('clients.fields.clientNumber')}>{client.clientNumber}</Fact>
          {'sexAtBirth' in client ? (
            <>
              <Fact label={t('clients.fields.sexAtBirth')}>{t(`clients.sex.${client.sexAtBirth}`)}</Fact>
              <Fact label={t('clients.fields.genderIdentity')}>{client.genderIdentity}</Fact>
            </>
          ) : null}
        </dl>
      </Section>
      <Section title={t('clients.form.sections.contact')}>
        <dl className="facts">
          <Fact label={t('clients.fields.phones')}>
            {client.phones.length ? (
              <ul className="plain-list">
                {client.phones.map((phone, index) => (
                  <li key={index}>
                    {phone.number} <span className="muted">({t(`clients.phoneKind.${phone.kind}`)})</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </Fact>
          <Fact label={t('clients.fields.email')}>{client.email}</Fact>
          <Fact label={t('clients.fields.address')}>{address}</Fact>
        </dl>
      </Section>
      <Section
        title={
          'livingSituation' in client
            ? t('clients.form.sections.living')
            : t('clients.form.sections.language')
        }
      >
        <dl className="facts">
          {'livingSituation' in client ? (
            <Fact label={t('clients.fields.livingSituation')}>
              {t(`clients.living.${client.livingSituation}`)}
            </Fact>
          ) : null}
          <Fact label={t('clients.fields.preferredLanguage')}>{client.preferredLanguage}</Fact>
          <Fact label={t('clients.fields.interpreterNeeded')}>{yes(client.interpreterNeeded)}</Fact>
        </dl>
      </Section>
      {file.access === 'full' ? (
        <Section title={t('clients.form.sections.programs')}>
          {file.client.enrollments.length ? (
            <ul className="plain-list enrollment-list">
              {file.client.enrollments.map((enrollment, index) => (
                <li key={index}>
                  <strong>{enrollment.program}</strong> <StatusBadge status={enrollment.status} />
                  <EnrollmentDates start={enrollment.startDate} end={enrollment.endDate} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('clients.overview.noPrograms')}</p>
          )}
        </Section>
      ) : null}
      <Section title={t('clients.form.sections.caseManagers')}>
        <p>
          {client.assignedWorkers.length
            ? client.assignedWorkers.map((worker) => worker.fullName).join(', ')
            : t('clients.caseload.unassigned')}
        </p>
      </Section>
      {'insurance' in client ? (
        <Section title={t('clients.form.sections.insurance')}>
          {client.insurance.length ? (
            <ul className="plain-list">
              {client.insurance.map((item, index) => (
                <li key={index}>
                  {t(`clients.insurance.${item.type}`)}
                  {item.memberId ? (
                    <span className="muted"> · {t('clients.overview.memberId', { id: item.memberId })}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('clients.overview.noInsurance')}</p>
          )}
        </Section>
      ) : null}
      {file.access === 'full' ? (
        <Section title={t('clients.form.sections.risk')}>
          <dl className="facts">
            <Fact label={t('clients.fields.riskLevel')}>
              <RiskBadge level={file.client.riskLevel} />
            </Fact>
            {CLIENT_FLAGS.map((flag) => (
              <Fact key={flag} label={t(`clients.flags.${flag}`)}>
                {yes(file.client.flags[flag])}
              </Fact>
            ))}
          </dl>
        </Section>
      ) : (
        <Section title={t('clients.overview.contactCaution')}>
          <dl className="facts">
            <Fact label={t('clients.flags.householdUnaware')}>{yes(client.flags.householdUnaware)}</Fact>
          </dl>
          {client.flags.householdUnaware ? (
            <p className="notice">{t('clients.flagHelp.householdUnaware')}</p>
          ) : null}
        </Section>
      )}
    </div>
  );
}
