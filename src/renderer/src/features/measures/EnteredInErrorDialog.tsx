import { useTranslation } from 'react-i18next';
import type { MeasureResultView } from '../../../../shared/contracts/measures';
import { markEnteredInErrorInputSchema } from '../../../../shared/contracts/measures';
import { useLanternMutation } from '../../lib/client';
import { ShortTextDialog } from '../../ui/ShortTextDialog';

const reasonSchema = markEnteredInErrorInputSchema.pick({ reason: true });

/** A mistyped or wrong-client result is not edited: it is marked entered in error, with a reason. */
export function EnteredInErrorDialog(props: {
  result: MeasureResultView | null;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const mark = useLanternMutation('measures:markEnteredInError');
  const { result } = props;
  return (
    <ShortTextDialog
      isOpen={result !== null}
      onClose={props.onClose}
      title={t('measures.enteredInError.title')}
      intro={t('measures.enteredInError.intro')}
      schema={reasonSchema}
      defaultValues={{ reason: '' }}
      fields={['reason']}
      name="reason"
      label={t('measures.enteredInError.reason')}
      description={t('measures.enteredInError.reasonHelp')}
      submitLabel={t('measures.enteredInError.submit')}
      onSubmit={async ({ reason }) => {
        // The form is only shown while a result is chosen.
        if (!result) return;
        await mark.mutateAsync({ resultId: result.id, reason });
        props.onDone();
      }}
    />
  );
}
