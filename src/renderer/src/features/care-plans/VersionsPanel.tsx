import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarePlan } from '../../../../shared/contracts/care-plans';
import { formatDay } from '../../lib/format';
import { PlainSelect } from '../../ui/PlainSelect';
import { PlanContentView } from './PlanContentView';
import { SignatureList } from './SignatureList';
import { VersionDiff } from './VersionDiff';

/** Every version with its signatures, readable, and the differences between any two. */
export function VersionsPanel({ plan }: { plan: CarePlan }) {
  const { t } = useTranslation();
  const versions = plan.versions;
  const latest = versions.at(-1);
  const previous = versions.at(-2);
  // Until someone chooses, compare the last two versions (the list grows while the tab is open).
  const [chosenFrom, setFromId] = useState<string | null>(null);
  const [chosenTo, setToId] = useState<string | null>(null);
  const fromId = chosenFrom ?? previous?.id ?? null;
  const toId = chosenTo ?? latest?.id ?? null;
  const [openId, setOpenId] = useState<string | null>(null);
  const options = versions.map((v) => ({
    id: v.id,
    label: t('carePlans.versions.option', {
      n: v.versionNo,
      state: t(`carePlans.versions.state.${v.state}`),
    }),
  }));
  const from = versions.find((v) => v.id === fromId);
  const to = versions.find((v) => v.id === toId);
  return (
    <section className="panel plan-versions" aria-labelledby="plan-versions-title">
      <h3 id="plan-versions-title">{t('carePlans.versions.title')}</h3>
      <ol className="plain-list">
        {versions.map((v) => (
          <li key={v.id} className="plan-version">
            <button
              type="button"
              className="button button-small button-quiet"
              aria-expanded={openId === v.id}
              onClick={() => setOpenId(openId === v.id ? null : v.id)}
            >
              {t('carePlans.versions.option', {
                n: v.versionNo,
                state: t(`carePlans.versions.state.${v.state}`),
              })}
            </button>{' '}
            <span className="muted">
              {t('carePlans.versions.createdBy', { name: v.createdByName, when: formatDay(v.createdAt) })}
            </span>
            {openId === v.id ? (
              <div className="plan-version-body">
                <PlanContentView content={v.content} />
                <SignatureList signatures={v.signatures} />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {versions.length > 1 ? (
        <div className="plan-compare">
          <h4>{t('carePlans.diff.title')}</h4>
          <div className="form-grid">
            <PlainSelect
              label={t('carePlans.diff.from')}
              value={fromId}
              onChange={setFromId}
              options={options}
            />
            <PlainSelect label={t('carePlans.diff.to')} value={toId} onChange={setToId} options={options} />
          </div>
          {from && to ? <VersionDiff before={from.content} after={to.content} /> : null}
        </div>
      ) : null}
    </section>
  );
}
