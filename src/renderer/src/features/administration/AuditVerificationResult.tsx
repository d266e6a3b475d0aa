import { useTranslation } from 'react-i18next';
import type { AnchorFinding, AuditVerification } from '../../../../shared/contracts/audit';
import type { AppErrorException } from '../../lib/client';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';

/**
 * What Verify found: the chain's own check, the comparison with every record of its head kept
 * outside the database (anchor file, backups), and the head itself for the administrator to
 * write down — the one anchor nobody at this computer can rewrite.
 */
export function AuditVerificationResult({
  verification,
  error,
}: {
  verification: AuditVerification | null;
  error: AppErrorException | null;
}) {
  const { t } = useTranslation();
  if (error) return <ErrorAlert error={error.error} />;
  if (!verification) return <StatusMessage />;
  const problem = verification.firstProblem;
  const { anchors } = verification;
  return (
    <div className="stack">
      {verification.intact ? (
        <StatusMessage>{t('admin.audit.intact', { count: verification.checked })}</StatusMessage>
      ) : problem ? (
        <ErrorAlert>{t(`admin.audit.${problem.problem}`, { seq: problem.seq })}</ErrorAlert>
      ) : null}
      {anchors.problems.length > 0 ? <AnchorProblems problems={anchors.problems} /> : null}
      <p className="muted small">
        {t('admin.audit.anchorsChecked', { count: anchors.checked })}{' '}
        {anchors.afterRestore > 0
          ? t('admin.audit.anchorsAfterRestore', { count: anchors.afterRestore })
          : null}
      </p>
      {verification.head ? (
        <section aria-labelledby="audit-head-title">
          <h3 id="audit-head-title">{t('admin.audit.headTitle')}</h3>
          <p className="muted small">{t('admin.audit.headHelp')}</p>
          <dl className="audit-head">
            <dt>{t('admin.audit.headEntry', { seq: verification.head.seq })}</dt>
            <dd>
              {t('admin.audit.headHash')}: <code>{groupHash(verification.head.hash)}</code>
            </dd>
          </dl>
        </section>
      ) : null}
    </div>
  );
}

function AnchorProblems({ problems }: { problems: readonly AnchorFinding[] }) {
  const { t, i18n } = useTranslation();
  const when = (instant: string) =>
    new Date(instant).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div role="alert" className="alert alert-error">
      <p>{t('admin.audit.anchorProblemsTitle')}</p>
      <ul>
        {problems.map((problem) => {
          const where =
            problem.source === 'backup'
              ? t('admin.audit.anchorBackup', { name: problem.name })
              : t('admin.audit.anchorFile');
          const key =
            problem.problem === 'missing' ? 'admin.audit.anchorMissing' : 'admin.audit.anchorRewritten';
          return (
            <li key={`${problem.source}:${problem.name}:${problem.seq}:${problem.recordedAt}`}>
              {t(key, { seq: problem.seq, where, when: when(problem.recordedAt) })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** 64 hex characters in groups of eight, so a person can copy them onto paper without losing their place. */
function groupHash(hash: string): string {
  return hash.match(/.{1,8}/g)?.join(' ') ?? hash;
}
