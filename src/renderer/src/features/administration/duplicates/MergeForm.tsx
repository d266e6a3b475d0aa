import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseloadRow } from '../../../../../shared/contracts/caseload';
import { mergeInputSchema } from '../../../../../shared/contracts/clients';
import { toAppError, useLanternMutation } from '../../../lib/client';
import { fieldMessage } from '../../../lib/errors';
import { useContractForm } from '../../../lib/useContractForm';
import { ErrorAlert } from '../../../ui/feedback';
import { FormTextField } from '../../../ui/fields';
import { ModalDialog } from '../../../ui/ModalDialog';

const reasonSchema = mergeInputSchema.pick({ reason: true });

export interface PickerErrors {
  keep?: string | undefined;
  duplicate?: string | undefined;
}

/**
 * The reason (required) and "Merge records": both records must be chosen and different, then a
 * confirmation says what will happen before `clients:merge` is called.
 */
export function MergeForm({
  keep,
  duplicate,
  onPickerErrors,
  onMerged,
}: {
  keep: CaseloadRow | null;
  duplicate: CaseloadRow | null;
  onPickerErrors(errors: PickerErrors): void;
  onMerged(keep: CaseloadRow, duplicate: CaseloadRow): void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  const merge = useLanternMutation('clients:merge');
  const { form, error, setError, refuse } = useContractForm({
    schema: reasonSchema,
    defaultValues: { reason: '' },
    fields: ['reason'],
  });

  const checkPickers = (): boolean => {
    const errors: PickerErrors = {
      keep: keep ? undefined : t('review.merge.chooseKeep'),
      duplicate: duplicate
        ? keep && keep.id === duplicate.id
          ? t('validation.same_client')
          : undefined
        : t('review.merge.chooseDuplicate'),
    };
    onPickerErrors(errors);
    return !errors.keep && !errors.duplicate;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setError(null);
    const pickersOk = checkPickers();
    void form.handleSubmit((values) => {
      if (pickersOk) setConfirming(values.reason);
    })(event);
  };

  const onConfirm = async (close: () => void) => {
    if (!keep || !duplicate || confirming === null) return;
    try {
      await merge.mutateAsync({ survivorId: keep.id, mergedId: duplicate.id, reason: confirming });
      close();
      setConfirming(null);
      form.reset({ reason: '' });
      onMerged(keep, duplicate);
    } catch (thrown) {
      close();
      setConfirming(null);
      const appError = toAppError(thrown);
      const pickerKey = appError.fields?.mergedId ?? appError.fields?.survivorId;
      if (pickerKey) {
        onPickerErrors({
          keep: fieldMessage(t, appError.fields?.survivorId),
          duplicate: fieldMessage(t, appError.fields?.mergedId),
        });
      } else {
        refuse(appError);
      }
    }
  };

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <FormTextField
        control={form.control}
        name="reason"
        label={t('review.merge.reason')}
        description={t('review.merge.reasonHelp')}
        multiline
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="form-actions">
        <Button type="submit" className="button button-primary">
          {t('review.merge.submit')}
        </Button>
      </div>
      <ModalDialog
        role="alertdialog"
        isOpen={confirming !== null}
        onOpenChange={(open) => (open ? undefined : setConfirming(null))}
        title={t('review.merge.confirmTitle')}
      >
        {(close) => (
          <div className="stack">
            <p>
              {t('review.merge.confirmWhich', {
                keep: keep ? `${keep.legalName} (${keep.clientNumber})` : '',
                duplicate: duplicate ? `${duplicate.legalName} (${duplicate.clientNumber})` : '',
              })}
            </p>
            <p>{t('review.merge.confirmText')}</p>
            <div className="dialog-actions">
              <Button className="button" onPress={close}>
                {t('common.cancel')}
              </Button>
              <Button
                className="button button-danger"
                isPending={merge.isPending}
                onPress={() => void onConfirm(close)}
              >
                {t('review.merge.confirm')}
              </Button>
            </div>
          </div>
        )}
      </ModalDialog>
    </Form>
  );
}
