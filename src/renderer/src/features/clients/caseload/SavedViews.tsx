import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { caseloadContract, type SavedView } from '../../../../../shared/contracts/caseload';
import type { AppError } from '../../../../../shared/result';
import { toAppError, useLanternMutation, useLanternQuery } from '../../../lib/client';
import { useContractForm } from '../../../lib/useContractForm';
import { ErrorAlert, StatusMessage } from '../../../ui/feedback';
import { FormTextField } from '../../../ui/fields';
import { ModalDialog } from '../../../ui/ModalDialog';
import { PlainSelect } from '../../../ui/PlainSelect';
import type { CaseloadDefinition } from './state';

const nameSchema = caseloadContract['caseload:saveView'].input.pick({ name: true });

/** Pick a saved view, save the current filters, sort and columns under a name, or delete a view. */
export function SavedViews({
  viewId,
  definition,
  onPick,
  onDeleted,
}: {
  viewId: string | null;
  definition: CaseloadDefinition;
  /** A view picked, or null for "None". */
  onPick(view: SavedView | null): void;
  onDeleted(): void;
}) {
  const { t } = useTranslation();
  const views = useLanternQuery('caseload:views', {});
  const [dialog, setDialog] = useState<'save' | 'delete' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const remove = useLanternMutation('caseload:deleteView');
  const current = views.data?.find((view) => view.id === viewId) ?? null;

  const deleteCurrent = async () => {
    if (!current) return;
    setError(null);
    try {
      await remove.mutateAsync({ id: current.id });
      setNotice(t('clients.views.deleted', { name: current.name }));
      onDeleted();
    } catch (thrown) {
      setError(toAppError(thrown));
    }
    setDialog(null);
  };

  return (
    <div className="saved-views">
      <PlainSelect
        label={t('clients.views.label')}
        emptyLabel={t('clients.views.none')}
        value={current?.id ?? null}
        options={(views.data ?? []).map((view) => ({ id: view.id, label: view.name }))}
        onChange={(id) => {
          setNotice(null);
          onPick(views.data?.find((view) => view.id === id) ?? null);
        }}
      />
      <div className="saved-views-actions">
        <Button className="button" onPress={() => setDialog('save')}>
          {t('clients.views.save')}
        </Button>
        {current ? (
          <Button className="button button-small button-danger" onPress={() => setDialog('delete')}>
            {t('clients.views.delete')}
          </Button>
        ) : null}
      </div>
      <StatusMessage>{notice}</StatusMessage>
      <ErrorAlert error={error} />
      <ModalDialog
        isOpen={dialog === 'save'}
        onOpenChange={(open) => setDialog(open ? 'save' : null)}
        title={t('clients.views.saveTitle')}
      >
        {(close) => (
          <SaveViewForm
            current={current}
            definition={definition}
            onCancel={close}
            onSaved={(view) => {
              setNotice(t('clients.views.saved', { name: view.name }));
              onPick(view);
              close();
            }}
          />
        )}
      </ModalDialog>
      <ModalDialog
        role="alertdialog"
        isOpen={dialog === 'delete'}
        onOpenChange={(open) => setDialog(open ? 'delete' : null)}
        title={t('clients.views.deleteTitle', { name: current?.name ?? '' })}
      >
        {(close) => (
          <>
            <p>{t('clients.views.deleteBody')}</p>
            <div className="dialog-actions">
              <Button className="button" onPress={close} autoFocus>
                {t('common.cancel')}
              </Button>
              <Button
                className="button button-danger"
                isPending={remove.isPending}
                onPress={() => void deleteCurrent()}
              >
                {t('clients.views.deleteConfirm')}
              </Button>
            </div>
          </>
        )}
      </ModalDialog>
    </div>
  );
}

function SaveViewForm({
  current,
  definition,
  onCancel,
  onSaved,
}: {
  current: SavedView | null;
  definition: CaseloadDefinition;
  onCancel(): void;
  onSaved(view: SavedView): void;
}) {
  const { t } = useTranslation();
  const save = useLanternMutation('caseload:saveView');
  const { form, error, submit } = useContractForm({
    schema: nameSchema,
    defaultValues: { name: current?.name ?? '' },
    fields: ['name'],
  });

  const onSubmit = submit(async ({ name }) => {
    // The same name as the view in use updates it; a new name makes a new view.
    const id = current && current.name === name ? current.id : undefined;
    const view = await save.mutateAsync({ ...(id ? { id } : {}), name, definition });
    onSaved(view);
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <p>{t('clients.views.saveIntro')}</p>
      <FormTextField
        control={form.control}
        name="name"
        label={t('clients.views.name')}
        description={current ? t('clients.views.nameHelp', { name: current.name }) : undefined}
        autoFocus
        isRequired
      />
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isPending={save.isPending}>
          {t('clients.views.saveSubmit')}
        </Button>
      </div>
    </Form>
  );
}
