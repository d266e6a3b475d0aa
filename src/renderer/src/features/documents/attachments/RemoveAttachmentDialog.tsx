import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../../shared/contracts/attachments';
import { attachmentsContract } from '../../../../../shared/contracts/attachments';
import { useLanternMutation } from '../../../lib/client';
import { ShortTextDialog } from '../../../ui/ShortTextDialog';

const reasonSchema = attachmentsContract['attachments:remove'].input.pick({ reason: true });

/** Removing is a status with a reason: the attachment leaves the list, its bytes and history stay. */
export function RemoveAttachmentDialog(props: {
  attachment: Attachment | null;
  onClose(): void;
  onDone(removed: Attachment): void;
}) {
  const { t } = useTranslation();
  const remove = useLanternMutation('attachments:remove');
  const { attachment } = props;
  return (
    <ShortTextDialog
      isOpen={attachment !== null}
      onClose={props.onClose}
      role="alertdialog"
      title={t('attachments.removeDialog.title', { title: attachment?.title ?? '' })}
      intro={t('attachments.removeDialog.intro')}
      schema={reasonSchema}
      defaultValues={{ reason: '' }}
      fields={['reason']}
      name="reason"
      label={t('attachments.removeDialog.reason')}
      submitLabel={t('attachments.removeDialog.submit')}
      tone="danger"
      onSubmit={async ({ reason }) => {
        if (!attachment) return;
        props.onDone(await remove.mutateAsync({ attachmentId: attachment.id, reason }));
      }}
    />
  );
}
