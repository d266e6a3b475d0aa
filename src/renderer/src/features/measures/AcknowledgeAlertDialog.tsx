import { useTranslation } from 'react-i18next';
import type { MeasureAlert } from '../../../../shared/contracts/measures';
import { acknowledgeAlertInputSchema } from '../../../../shared/contracts/measures';
import { useLanternMutation } from '../../lib/client';
import { ShortTextDialog } from '../../ui/ShortTextDialog';

const noteSchema = acknowledgeAlertInputSchema.pick({ note: true });

/** Closing an alert takes a note of what was done (safety reviewed, crisis plan, referral). */
export function AcknowledgeAlertDialog(props: {
  alert: MeasureAlert | null;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const acknowledge = useLanternMutation('measures:acknowledgeAlert');
  const { alert } = props;
  return (
    <ShortTextDialog
      role="alertdialog"
      isOpen={alert !== null}
      onClose={props.onClose}
      title={t('measures.alert.dialogTitle')}
      intro={t('measures.alert.dialogIntro')}
      schema={noteSchema}
      defaultValues={{ note: '' }}
      fields={['note']}
      name="note"
      label={t('measures.alert.note')}
      description={t('measures.alert.noteHelp')}
      submitLabel={t('measures.alert.submit')}
      onSubmit={async ({ note }) => {
        // The form is only shown while an alert is open.
        if (!alert) return;
        await acknowledge.mutateAsync({ alertId: alert.id, note });
        props.onDone();
      }}
    />
  );
}
