import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { MeasureAlert } from '../../../../shared/contracts/measures';
import { useLanternQuery } from '../../lib/client';
import type { ClientTabProps } from '../../lib/featureSlots';
import { formatDay } from '../../lib/format';
import { StatusMessage } from '../../ui/feedback';
import { AcknowledgeAlertDialog } from './AcknowledgeAlertDialog';
import { InstrumentText, useInstrumentCatalogue } from './instrumentText';

/**
 * Open critical-item alerts (PHQ-9 item 9), shown above the tabs of the client's file until a
 * person acknowledges each with a note of what was done.
 */
export function MeasureAlertBanner({ file, canEdit }: ClientTabProps) {
  const { t } = useTranslation();
  const overview = useLanternQuery('measures:overview', { clientId: file.client.id });
  const { byId } = useInstrumentCatalogue();
  const [acknowledging, setAcknowledging] = useState<MeasureAlert | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const alerts = overview.data?.openAlerts ?? [];
  return (
    <>
      <StatusMessage>{notice}</StatusMessage>
      {alerts.length > 0 ? (
        <section className="measure-alert" aria-labelledby="measure-alert-title" role="alert">
          <h2 id="measure-alert-title" className="measure-alert-title">
            <span aria-hidden="true">⚠ </span>
            {t('measures.alert.title', { count: alerts.length })}
          </h2>
          <ul className="measure-alert-list">
            {alerts.map((alert) => {
              const definition = byId.get(alert.instrumentId);
              const critical = definition?.critical.find((item) => item.alert.id === alert.alertId);
              return (
                <li key={alert.id}>
                  <p>
                    <strong>
                      {definition?.abbreviation ?? alert.instrumentId} · {formatDay(alert.raisedAt)}
                    </strong>{' '}
                    {critical ? <InstrumentText text={critical.alert.text} /> : t('measures.alert.generic')}
                  </p>
                  <p className="measure-alert-prompt">{t('measures.alert.reviewNow')}</p>
                  {canEdit ? (
                    <Button className="button button-danger" onPress={() => setAcknowledging(alert)}>
                      {t('measures.alert.acknowledge')}
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <AcknowledgeAlertDialog
        alert={acknowledging}
        onClose={() => setAcknowledging(null)}
        onDone={() => setNotice(t('measures.alert.acknowledged'))}
      />
    </>
  );
}
