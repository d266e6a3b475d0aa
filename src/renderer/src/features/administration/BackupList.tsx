import { Button, Cell, Column, Form, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { backupContract, type BackupStatus } from '../../../../shared/contracts/backup';
import { formatDateTime } from '../../lib/i18n';
import { useContractForm } from '../../lib/useContractForm';
import { FormTextField } from '../../ui/fields';
import { BrowseButton } from '../../ui/BrowseButton';
import { formatBytes, kindLabel } from './backupFormat';

/** The backups in the folder, newest first, each with "Restore…". */
export function BackupList({
  status,
  onRestore,
}: {
  status: BackupStatus;
  onRestore: (path: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="backup-list-title">
      <h2 id="backup-list-title">{t('backup.list.title')}</h2>
      {status.folderAvailable ? (
        <BackupTable status={status} onRestore={onRestore} />
      ) : (
        <p className="backup-problem">{t('backup.list.folderMissing')}</p>
      )}
    </section>
  );
}

function BackupTable({ status, onRestore }: { status: BackupStatus; onRestore: (path: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table aria-label={t('backup.list.tableLabel')} className="data-table">
        <TableHeader>
          <Column isRowHeader>{t('backup.list.date')}</Column>
          <Column>{t('backup.list.kind')}</Column>
          <Column>{t('backup.list.size')}</Column>
          <Column>{t('backup.list.clients')}</Column>
          <Column>{t('backup.list.actions')}</Column>
        </TableHeader>
        <TableBody items={status.backups} renderEmptyState={() => t('backup.list.empty')}>
          {(backup) => (
            <Row id={backup.path}>
              <Cell>
                <time dateTime={backup.createdAt}>{formatDateTime(backup.createdAt)}</time>
              </Cell>
              <Cell>{kindLabel(t, backup.kind)}</Cell>
              <Cell>{formatBytes(backup.bytes)}</Cell>
              <Cell>{backup.counts.clients ?? 0}</Cell>
              <Cell>
                <Button
                  className="button button-small"
                  aria-label={t('backup.list.restoreFor', { date: formatDateTime(backup.createdAt) })}
                  onPress={() => onRestore(backup.path)}
                >
                  {t('backup.list.restore')}
                </Button>
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}

/** A backup kept elsewhere (another drive, a copy from another computer), by its folder path. */
export function RestoreFromFolder({ onRestore }: { onRestore: (path: string) => void }) {
  const { t } = useTranslation();
  // The same schema main uses for `backup:inspect`.
  const { form, refuse } = useContractForm({
    schema: backupContract['backup:inspect'].input,
    defaultValues: { path: '' },
    // A Browse refusal always belongs to the path box.
    fieldFor: (error) => ({ name: 'path', message: error.fields?.path ?? 'validation.invalid' }),
  });
  const onSubmit = form.handleSubmit((values) => onRestore(values.path));

  return (
    <section className="panel panel-form" aria-labelledby="backup-other-title">
      <h2 id="backup-other-title">{t('backup.other.title')}</h2>
      <p>{t('backup.other.intro')}</p>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <div className="path-row">
          <FormTextField
            control={form.control}
            name="path"
            label={t('backup.other.path')}
            description={t('backup.other.pathHelp')}
            isRequired
          />
          <BrowseButton
            pick={{ kind: 'folder', purpose: 'backup_to_restore' }}
            label={t('backup.other.browse')}
            onPicked={(path) => form.setValue('path', path, { shouldValidate: true })}
            onError={refuse}
          />
        </div>
        <div className="form-actions">
          <Button type="submit" className="button">
            {t('backup.other.submit')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
