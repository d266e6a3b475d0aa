import { useTranslation } from 'react-i18next';
import type { CarePlanSignature } from '../../../../shared/contracts/care-plan-signatures';

const when = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** Who signed a version, in which role, when, how, and the content hash each signature covers. */
export function SignatureList({ signatures }: { signatures: readonly CarePlanSignature[] }) {
  const { t, i18n } = useTranslation();
  if (signatures.length === 0) return <p className="muted">{t('carePlans.signatures.none')}</p>;
  return (
    <ul className="plain-list plan-signatures" aria-label={t('carePlans.signatures.title')}>
      {signatures.map((s) => (
        <li key={`${s.role}-${s.signedAt}`} className="plan-signature">
          <strong>{t(`carePlans.signatures.role.${s.role}`)}</strong>{' '}
          {s.method === 'declined'
            ? t('carePlans.signatures.declined', { name: s.signerName, reason: s.reason ?? '' })
            : t(`carePlans.signatures.by.${s.method}`, { name: s.signerName })}{' '}
          <span className="muted">
            {t('carePlans.signatures.when', {
              when: when(s.signedAt, i18n.language),
              account: s.accountName,
            })}
          </span>
          {s.attestation ? <p className="small">“{s.attestation}”</p> : null}
          {s.png ? (
            <img
              className="plan-signature-image"
              src={s.png}
              alt={t('carePlans.signatures.imageAlt', { name: s.signerName })}
            />
          ) : null}
          <p className="small mono" title={s.contentHash}>
            {t('carePlans.signatures.hash', { hash: s.contentHash.slice(0, 16) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
