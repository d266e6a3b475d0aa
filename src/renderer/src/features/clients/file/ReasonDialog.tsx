import { careTeamContract } from '../../../../../shared/contracts/care-team';
import { ShortTextDialog } from '../../../ui/ShortTextDialog';

/** Contacts and diagnoses share the same rule for a removal reason: required, at most 300. */
const reasonSchema = careTeamContract['careTeam:remove'].input.pick({ reason: true });

/**
 * Nothing in the file is deleted: removing asks why, and the reason goes into the history.
 */
export function ReasonDialog(props: {
  isOpen: boolean;
  title: string;
  intro: string;
  label: string;
  help: string;
  submit: string;
  onClose(): void;
  onConfirm(reason: string): Promise<unknown>;
}) {
  return (
    <ShortTextDialog
      role="alertdialog"
      isOpen={props.isOpen}
      onClose={props.onClose}
      title={props.title}
      intro={props.intro}
      schema={reasonSchema}
      defaultValues={{ reason: '' }}
      fields={['reason']}
      name="reason"
      label={props.label}
      description={props.help}
      submitLabel={props.submit}
      tone="danger"
      onSubmit={({ reason }) => props.onConfirm(reason)}
    />
  );
}
