import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ClientFile } from '../../../../../shared/contracts/clients';
import type { AppError } from '../../../../../shared/result';
import { call, lanternKey } from '../../../lib/client';
import { formatDateTime } from '../../../lib/i18n';
import type { FormDraft } from '../../../lib/useFormDraft';
import { DraftNotKept } from '../../../ui/DraftNotKept';
import { ErrorAlert, StatusMessage } from '../../../ui/feedback';
import { useClientForm, type ClientFormValues } from '../form/clientForm';

/**
 * What both client edit forms share besides their frame: the version the edit is typed over
 * (kept with the draft under `draftKey`, so a restored draft still meets the stale-edit check),
 * and "show the latest version", which reads the file again and starts over from it. `fromFile`
 * picks this form's record out of the file (null when the file opened as another view).
 */
export function useClientEdit<R extends { id: string; updatedAt: string }>(options: {
  record: R;
  draftKey: string;
  toValues: (record: R) => ClientFormValues;
  fromFile: (file: ClientFile) => R | null;
}) {
  const { record, toValues, fromFile } = options;
  const queryClient = useQueryClient();
  const [base, setBase] = useState(record);
  const contractForm = useClientForm(toValues(record), {
    key: options.draftKey,
    version: base.updatedAt,
    onRestoredVersion: (version) => setBase((current) => ({ ...current, updatedAt: version })),
  });
  const reloadTheirs = async () => {
    const latest = fromFile(
      await queryClient.fetchQuery({
        queryKey: lanternKey('clients:get', { id: base.id }),
        queryFn: () => call('clients:get', { id: base.id }),
        staleTime: 0,
      }),
    );
    if (!latest) return;
    setBase(latest);
    contractForm.form.reset(toValues(latest));
    contractForm.setError(null);
  };
  return { ...contractForm, base, backToOpened: () => setBase(record), reloadTheirs };
}

/**
 * What both client edit forms put around their fields (the whole file, and the front desk's
 * contact details): the heading, the kept-draft notice with "Discard draft", main's refusal, the
 * "show the latest version" choice after a stale save, and Cancel / Save changes.
 */
export function EditFormFrame({
  title,
  intro,
  draft,
  onDiscardDraft,
  error,
  onReloadTheirs,
  isPending,
  onCancel,
  onSubmit,
  children,
}: {
  title: string;
  intro?: string;
  draft: FormDraft;
  /** Before the draft is discarded: back to the version the form was opened with. */
  onDiscardDraft(): void;
  error: AppError | null;
  onReloadTheirs(): Promise<void>;
  isPending: boolean;
  onCancel(): void;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const stale = error?.code === 'conflict' && Boolean(error.details?.staleEdit);
  return (
    <Form className="form client-form" onSubmit={onSubmit} validationBehavior="aria" aria-label={title}>
      <h2 className="tab-heading">{title}</h2>
      {intro ? <p className="lead">{intro}</p> : null}
      <DraftNotKept reason={draft.notKept} />
      {draft.restoredAt ? (
        <StatusMessage tone="info">
          {t('clients.draft.restored', { time: formatDateTime(draft.restoredAt) })}{' '}
          <Button
            className="button button-quiet button-small"
            onPress={() => {
              onDiscardDraft();
              void draft.discardAndReset();
            }}
          >
            {t('clients.draft.discard')}
          </Button>
        </StatusMessage>
      ) : null}
      {children}
      <ErrorAlert error={error} />
      {stale ? (
        <div className="form-actions">
          <Button className="button button-small" onPress={() => void onReloadTheirs()}>
            {t('clients.edit.reloadTheirs')}
          </Button>
        </div>
      ) : null}
      <div className="form-footer">
        <Button
          className="button"
          onPress={() => {
            void draft.discard();
            onCancel();
          }}
        >
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isPending={isPending}>
          {isPending ? t('common.saving') : t('clients.edit.submit')}
        </Button>
      </div>
    </Form>
  );
}
