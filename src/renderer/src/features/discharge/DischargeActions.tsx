import { useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLanternQuery } from '../../lib/client';
import type { ClientTabProps } from '../../lib/featureSlots';
import { formatCalendarDate } from '../../lib/format';
import { StatusMessage } from '../../ui/feedback';
import { ReenrollDialog } from './ReenrollDialog';
import { StartDischargeDialog } from './StartDischargeDialog';
import './discharge.css';

/** The discharge page of one discharge of this client. */
export const dischargeHref = (clientId: string, dischargeId: string) =>
  `/clients/${encodeURIComponent(clientId)}/discharge/${encodeURIComponent(dischargeId)}`;

/**
 * In the client file's header: "Discharge…" while the client is active or on hold in a program,
 * "Re-enroll…" once discharged from one, and each signed discharge (and the viewer's own draft)
 * as a link to read it. Main decides who may write (`canWrite`); the buttons only follow.
 */
export function DischargeActions({ file, canEdit }: ClientTabProps) {
  const { t } = useTranslation();
  const clientId = file.client.id;
  const overview = useLanternQuery('discharge:list', { clientId });
  const [dialog, setDialog] = useState<'discharge' | 'reenroll' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (!overview.data) return null;
  const data = overview.data;
  const writes = canEdit && data.canWrite;
  return (
    <div className="discharge-actions" role="group" aria-label={t('discharge.actions.label')}>
      <div className="discharge-actions-buttons">
        {writes && data.openPrograms.length > 0 ? (
          <Button className="button" onPress={() => setDialog('discharge')}>
            {t('discharge.actions.discharge')}
          </Button>
        ) : null}
        {writes && data.reenrollPrograms.length > 0 ? (
          <Button className="button" onPress={() => setDialog('reenroll')}>
            {t('discharge.actions.reenroll')}
          </Button>
        ) : null}
      </div>
      {data.discharges.length > 0 ? (
        <ul className="plain-list discharge-links">
          {data.discharges.map((d) => (
            <li key={d.id}>
              <Link href={dischargeHref(clientId, d.id)} className="text-link">
                {d.state === 'draft'
                  ? t('discharge.actions.continueDraft', { program: d.program })
                  : t('discharge.actions.read', {
                      program: d.program,
                      date: formatCalendarDate(d.dischargeDate),
                    })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <StatusMessage>{notice}</StatusMessage>
      <StartDischargeDialog
        isOpen={dialog === 'discharge'}
        onClose={() => setDialog(null)}
        clientId={clientId}
        programs={data.openPrograms}
      />
      <ReenrollDialog
        isOpen={dialog === 'reenroll'}
        onClose={() => setDialog(null)}
        clientId={clientId}
        programs={data.reenrollPrograms}
        onDone={(program, date) => {
          setDialog(null);
          setNotice(t('discharge.reenroll.done', { program, date: formatCalendarDate(date) }));
        }}
      />
    </div>
  );
}
