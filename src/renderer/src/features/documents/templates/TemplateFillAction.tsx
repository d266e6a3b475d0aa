import { useState } from 'react';
import { Button, Label, Link, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { FilledTemplate } from '../../../../../shared/contracts/document-templates';
import type { Recipient } from '../../../../../shared/domain/access';
import type { Language } from '../../../../../shared/domain/languages';
import { isLanguage } from '../../../../../shared/domain/languages';
import type { AppError } from '../../../../../shared/result';
import { toAppError, useLanternMutation, useLanternQuery } from '../../../lib/client';
import { CheckBox } from '../../../ui/CheckBox';
import { SyncedFolderWarning, useDocumentSave } from '../../../ui/DocumentSaveFlow';
import { ErrorAlert, StatusMessage } from '../../../ui/feedback';
import { ModalDialog } from '../../../ui/ModalDialog';
import { PlainSelect } from '../../../ui/PlainSelect';
import './templates.css';

/**
 * "Fill a Word template" on a client's Documents tab: choose one of the clinic's templates and
 * who it is for, fill it from the record (main asks the access policy about every field first,
 * and refuses naming the field rather than leaving a blank), read its text, then Save as… or keep
 * it in the client's file.
 */
export interface TemplateFillActionProps {
  clientId: string;
  canEdit: boolean;
}

export function TemplateFillAction({ clientId }: TemplateFillActionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="button" onPress={() => setOpen(true)}>
        {t('documentTemplates.fill.open')}
      </Button>
      <ModalDialog isOpen={open} onOpenChange={setOpen} title={t('documentTemplates.fill.title')}>
        {(close) => <FillDialogBody clientId={clientId} onClose={close} />}
      </ModalDialog>
    </>
  );
}

function FillDialogBody({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const templates = useLanternQuery('documentTemplates:list', {});
  const fill = useLanternMutation('documentTemplates:fill');
  const keep = useLanternMutation('documents:keep');
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [recipient, setRecipient] = useState<Recipient>('client');
  const [language, setLanguage] = useState<Language>(isLanguage(i18n.language) ? i18n.language : 'en');
  const [filled, setFilled] = useState<FilledTemplate | null>(null);
  const [keepCopy, setKeepCopy] = useState(true);
  const [registered, setRegistered] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const save = useDocumentSave(() => setRegistered(true));

  const onFill = async () => {
    if (!templateId) return;
    setError(null);
    setNotice(null);
    setFilled(null);
    setRegistered(false);
    try {
      setFilled(await fill.mutateAsync({ templateId, clientId, recipient, language }));
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };
  const onKeep = async () => {
    if (!filled) return;
    setError(null);
    try {
      await keep.mutateAsync({ previewId: filled.previewId, keepCopy });
      setRegistered(true);
      setNotice(t('documentTemplates.fill.kept'));
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setFilled(null);
    };

  const options = (templates.data ?? []).map((template) => ({ id: template.id, label: template.name }));
  return (
    <div className="stack template-fill">
      <ErrorAlert error={templates.error?.error ?? null} />
      {templates.data?.length === 0 ? (
        <p className="muted">{t('documentTemplates.fill.noTemplates')}</p>
      ) : null}
      <PlainSelect
        label={t('documentTemplates.fill.template')}
        placeholder={t('documentTemplates.fill.chooseTemplate')}
        value={templateId}
        onChange={changed(setTemplateId)}
        options={options}
      />
      <RadioGroup
        className="field"
        value={recipient}
        onChange={(value) => changed(setRecipient)(value as Recipient)}
      >
        <Label className="field-label">{t('documentTemplates.fill.recipient')}</Label>
        <Radio value="client" className="backup-radio">
          {t('documentTemplates.fill.recipientClient')}
        </Radio>
        <Radio value="other" className="backup-radio">
          {t('documentTemplates.fill.recipientOther')}
        </Radio>
      </RadioGroup>
      <PlainSelect
        label={t('documentTemplates.fill.language')}
        value={language}
        onChange={(value) => changed(setLanguage)(value === 'es' ? 'es' : 'en')}
        options={[
          { id: 'en', label: t('documentTemplates.fill.languages.en') },
          { id: 'es', label: t('documentTemplates.fill.languages.es') },
        ]}
      />
      <p>
        <Link href="/documents/template-fields" className="text-link">
          {t('documentTemplates.fill.fieldReference')}
        </Link>
      </p>
      <div className="form-actions">
        <Button
          className="button button-primary"
          isDisabled={!templateId}
          isPending={fill.isPending}
          onPress={() => void onFill()}
        >
          {t('documentTemplates.fill.fill')}
        </Button>
      </div>
      {filled ? (
        <section className="stack" aria-labelledby="template-fill-preview-title">
          <h3 id="template-fill-preview-title">
            {t('documentTemplates.fill.previewTitle', { title: filled.title })}
          </h3>
          <p className="muted">{t('documentTemplates.fill.fileName', { fileName: filled.fileName })}</p>
          {filled.part2Included ? <p className="notice">{t('documentTemplates.fill.part2')}</p> : null}
          <div
            className="template-preview"
            role="region"
            aria-label={t('documentTemplates.fill.previewLabel')}
            tabIndex={0}
          >
            {filled.paragraphs.map((text, index) => (
              <p key={index}>{text}</p>
            ))}
          </div>
          <CheckBox isSelected={keepCopy} onChange={setKeepCopy} isDisabled={registered}>
            {t('documents.preview.keepCopy')}
          </CheckBox>
          <p className="field-help">{t('documents.save.notEncrypted')}</p>
          <SyncedFolderWarning flow={save} />
        </section>
      ) : null}
      <StatusMessage>
        {save.savedTo ? t('documents.save.saved', { file: save.savedTo }) : notice}
      </StatusMessage>
      <ErrorAlert error={error ?? save.error} />
      <div className="dialog-actions">
        <Button className="button" onPress={onClose}>
          {t('documentTemplates.fill.close')}
        </Button>
        {filled ? (
          <>
            <Button
              className="button"
              isDisabled={keep.isPending || registered}
              onPress={() => void onKeep()}
            >
              {t('documentTemplates.fill.keep')}
            </Button>
            <Button
              className="button button-primary"
              isDisabled={save.busy}
              onPress={() => void save.start({ previewId: filled.previewId, keepCopy })}
            >
              {t('documentTemplates.fill.saveAs')}
            </Button>
          </>
        ) : null}
      </div>
    </div>
  );
}
