import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { DischargeDetail } from '../../../../shared/contracts/discharge';
import { useLanternQuery } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../ui/feedback';
import { Page } from '../../ui/Page';
import { DischargeEditor } from './DischargeEditor';
import { DischargeSummaryButton } from './DischargeSummaryButton';
import { DischargeView } from './DischargeView';
import './discharge.css';

/** `/clients/:id/discharge/:dischargeId` — the draft being written (its writer's), or the signed discharge. */
export function DischargePage() {
  const { t } = useTranslation();
  const { id = '', dischargeId = '' } = useParams();
  const navigate = useNavigate();
  const discharge = useLanternQuery('discharge:read', { dischargeId });
  const [notice, setNotice] = useState<string | null>(null);
  const fileHref = `/clients/${encodeURIComponent(id)}`;
  const back = (
    <Link href={fileHref} className="text-link">
      {t('discharge.page.back')}
    </Link>
  );
  if (discharge.isPending)
    return (
      <Page title={t('discharge.page.loadingTitle')}>
        <LoadingMessage />
      </Page>
    );
  if (discharge.isError)
    return (
      <Page title={t('discharge.page.loadFailed')}>
        <ErrorAlert>{errorMessage(t, discharge.error.error)}</ErrorAlert>
        {back}
      </Page>
    );
  const detail = discharge.data;
  return (
    <Page title={t('discharge.page.title', { program: detail.program })} wide>
      {back}
      <StatusMessage>{notice}</StatusMessage>
      {detail.state === 'draft' && detail.can.edit ? (
        <DischargeEditor
          key={detail.versionId}
          detail={detail}
          onSigned={() => setNotice(t('discharge.editor.signed', { program: detail.program }))}
          onDiscarded={() => void navigate(fileHref)}
        />
      ) : (
        <SignedDischarge detail={detail} />
      )}
    </Page>
  );
}

function SignedDischarge({ detail }: { detail: DischargeDetail }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <section className="panel stack" aria-label={t('discharge.page.title', { program: detail.program })}>
      {detail.enteredInError ? <p className="badge">{t('discharge.reader.enteredInError')}</p> : null}
      {detail.state === 'draft' ? (
        <p className="muted">{t('discharge.reader.draftBy', { name: detail.authorName })}</p>
      ) : null}
      {detail.signatures.map((s) => (
        <p key={`${s.role}-${s.signedAt}`}>
          {t('discharge.reader.signedBy', { name: s.signerName, date: when(s.signedAt) })}
        </p>
      ))}
      <DischargeView content={detail.content} />
      {detail.state === 'signed' ? (
        <DischargeSummaryButton clientId={detail.clientId} dischargeId={detail.id} />
      ) : null}
    </section>
  );
}
