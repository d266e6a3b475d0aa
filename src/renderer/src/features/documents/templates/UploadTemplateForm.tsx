import { useState } from 'react';
import { Button, FileTrigger, Input, Label, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DocumentTemplate, TemplateFindings } from '../../../../../shared/contracts/document-templates';
import type { AppError } from '../../../../../shared/result';
import { toAppError, useLanternMutation } from '../../../lib/client';
import { ErrorAlert, StatusMessage } from '../../../ui/feedback';
import { PlainSelect } from '../../../ui/PlainSelect';
import { LIMIT_MB, fileChunks, tooLarge } from './fileChunks';
import { TemplateFindingsView } from './TemplateFindingsView';

interface Chosen {
  fileName: string;
  content: string[];
  findings: TemplateFindings;
}

const NEW = 'new';
const DOCX_TYPES = ['.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

/** "Housing-support_letter v2.docx" → "Housing support letter v2". */
const nameFrom = (fileName: string) =>
  fileName
    .replace(/\.docx$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim();

/**
 * Upload in two steps: choose a .docx (main inspects it and keeps nothing), read what was found —
 * fields, mail-merge fields and whether each converts, problems with their tag and paragraph —
 * then keep it as a new template or as the next version of one.
 */
export function UploadTemplateForm({ templates }: { templates: readonly DocumentTemplate[] }) {
  const { t } = useTranslation();
  const inspect = useLanternMutation('documentTemplates:inspect');
  const add = useLanternMutation('documentTemplates:add');
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [convert, setConvert] = useState(true);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [keepAs, setKeepAs] = useState<string>(NEW);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setNotice(null);
    setChosen(null);
    if (tooLarge(file)) {
      setError({
        code: 'invalid_input',
        message: 'too large',
        details: { messageKey: 'errors.template_file_too_large', limitMb: LIMIT_MB },
      });
      return;
    }
    try {
      const content = await fileChunks(file);
      const findings = await inspect.mutateAsync({ fileName: file.name, content });
      setChosen({ fileName: file.name, content, findings });
      setName((current) => current || nameFrom(file.name));
      setConvert(true);
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };

  const keep = async () => {
    if (!chosen) return;
    setError(null);
    try {
      const kept = await add.mutateAsync({
        templateId: keepAs === NEW ? null : keepAs,
        name,
        description,
        fileName: chosen.fileName,
        content: chosen.content,
        convertMergeFields: convert,
      });
      setNotice(t('documentTemplates.upload.kept', { name: kept.name, version: kept.version }));
      setChosen(null);
      setName('');
      setDescription('');
      setKeepAs(NEW);
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };

  const options = [
    { id: NEW, label: t('documentTemplates.upload.asNew') },
    ...templates.map((template) => ({
      id: template.id,
      label: t('documentTemplates.upload.asVersion', { name: template.name }),
    })),
  ];
  const blocked = !chosen || chosen.findings.problems.length > 0 || name.trim() === '';

  return (
    <section className="stack template-upload" aria-labelledby="template-upload-title">
      <h3 id="template-upload-title">{t('documentTemplates.upload.title')}</h3>
      <p>{t('documentTemplates.upload.intro', { limitMb: LIMIT_MB })}</p>
      <div>
        <FileTrigger acceptedFileTypes={DOCX_TYPES} onSelect={(files) => void choose(files?.[0])}>
          <Button className="button" isPending={inspect.isPending}>
            {t('documentTemplates.upload.choose')}
          </Button>
        </FileTrigger>
      </div>
      {inspect.isPending ? <p role="status">{t('documentTemplates.upload.checking')}</p> : null}
      {chosen ? (
        <>
          <TemplateFindingsView
            fileName={chosen.fileName}
            findings={chosen.findings}
            convert={convert}
            onConvertChange={setConvert}
          />
          <TextField className="field" value={name} onChange={setName} isRequired maxLength={120}>
            <Label className="field-label">{t('documentTemplates.upload.name')}</Label>
            <Input className="input input-wide" />
          </TextField>
          <TextField className="field" value={description} onChange={setDescription} maxLength={1000}>
            <Label className="field-label">{t('documentTemplates.upload.description')}</Label>
            <TextArea className="input textarea" rows={2} />
          </TextField>
          {templates.length > 0 ? (
            <PlainSelect
              label={t('documentTemplates.upload.keepAs')}
              value={keepAs}
              onChange={(value) => setKeepAs(value ?? NEW)}
              options={options}
            />
          ) : null}
        </>
      ) : null}
      <ErrorAlert error={error} />
      <StatusMessage>{notice}</StatusMessage>
      {chosen ? (
        <div className="form-actions">
          <Button
            className="button button-primary"
            isDisabled={blocked}
            isPending={add.isPending}
            onPress={() => void keep()}
          >
            {t('documentTemplates.upload.keep')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
