import { useState } from 'react';
import {
  Button,
  FieldError,
  Form,
  Input,
  Label,
  Radio,
  RadioGroup,
  Text,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DocumentPreview } from '../../../../shared/contracts/documents';
import { documentRequestSchema, type DocumentRequestInput } from '../../../../shared/domain/documents';
import { LANGUAGES, type Language } from '../../../../shared/domain/languages';
import type { AppError } from '../../../../shared/result';
import { toAppError, useLanternMutation, useLanternQuery } from '../../lib/client';
import { fieldMessage } from '../../lib/errors';
import { currentLanguage } from '../../lib/language';
import { ErrorAlert } from '../../ui/feedback';
import { ModalDialog } from '../../ui/ModalDialog';
import { PlainSelect } from '../../ui/PlainSelect';

/** The built-in documents made from this tab (the discharge summary is made from its discharge). */
const CHOICES = ['face_sheet', 'care_plan', 'assessment_summary', 'progress_notes'] as const;
type Choice = (typeof CHOICES)[number];

interface Values {
  definition: Choice;
  recipient: 'client' | 'other';
  language: Language;
  /** 'in_force' or a signed version's number. */
  version: string;
  signatures: 'as_signed' | 'blank_lines';
  from: string;
  to: string;
}

type Errors = Partial<Record<keyof Values, string>>;

function requestOf(clientId: string, values: Values): DocumentRequestInput {
  const common = { clientId, recipient: values.recipient, language: values.language };
  switch (values.definition) {
    case 'care_plan':
      return {
        definition: 'care_plan',
        ...common,
        version: values.version === 'in_force' ? null : Number(values.version),
        signatures: values.signatures,
      };
    case 'progress_notes':
      return { definition: 'progress_notes', ...common, from: values.from, to: values.to };
    default:
      return { definition: values.definition, ...common };
  }
}

/** The contract's own rules, at the fields; empty dates say "required" rather than "not valid". */
function check(clientId: string, values: Values): Errors {
  const errors: Errors = {};
  if (values.definition === 'progress_notes') {
    if (!values.from) errors.from = 'validation.required';
    if (!values.to) errors.to = 'validation.required';
    if (errors.from || errors.to) return errors;
  }
  const parsed = documentRequestSchema.safeParse(requestOf(clientId, values));
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'definition') as keyof Values;
    errors[field] ??= issue.message;
  }
  return errors;
}

/** "Create a document": which one, for whom, in which language — then the preview. */
export function CreateDocument(props: { clientId: string; onPreview: (preview: DocumentPreview) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="button button-primary" onPress={() => setOpen(true)}>
        {t('documents.create.button')}
      </Button>
      <ModalDialog isOpen={open} onOpenChange={setOpen} title={t('documents.create.title')}>
        {(close) => (
          <CreateForm
            clientId={props.clientId}
            onCancel={close}
            onPreview={(preview) => {
              close();
              props.onPreview(preview);
            }}
          />
        )}
      </ModalDialog>
    </>
  );
}

function CreateForm(props: {
  clientId: string;
  onCancel: () => void;
  onPreview: (preview: DocumentPreview) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>({
    definition: 'face_sheet',
    recipient: 'client',
    language: currentLanguage(),
    version: 'in_force',
    signatures: 'as_signed',
    from: '',
    to: '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const preview = useLanternMutation('documents:preview');
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const submit = async () => {
    setRefusal(null);
    const found = check(props.clientId, values);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    try {
      props.onPreview(await preview.mutateAsync(requestOf(props.clientId, values)));
    } catch (thrown) {
      const error = toAppError(thrown);
      const fields = Object.entries(error.fields ?? {}).filter(([key]) => key in values);
      if (fields.length) setErrors(Object.fromEntries(fields) as Errors);
      else setRefusal(error);
    }
  };

  return (
    <Form
      className="document-options"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <RadioGroup
        className="document-choice"
        value={values.definition}
        onChange={(value) => set('definition', value as Choice)}
      >
        <Label className="field-label">{t('documents.create.which')}</Label>
        {CHOICES.map((choice) => (
          <Radio key={choice} value={choice} className="backup-radio">
            {t(`documents.definition.${choice}`)}
          </Radio>
        ))}
      </RadioGroup>
      {values.definition === 'care_plan' ? (
        <CarePlanOptions clientId={props.clientId} values={values} set={set} />
      ) : null}
      {values.definition === 'progress_notes' ? (
        <div className="document-choice-row">
          <DateBox
            label={t('documents.create.from')}
            value={values.from}
            error={errors.from}
            onChange={(v) => set('from', v)}
          />
          <DateBox
            label={t('documents.create.to')}
            value={values.to}
            error={errors.to}
            onChange={(v) => set('to', v)}
          />
        </div>
      ) : null}
      <RadioGroup
        className="document-choice"
        value={values.recipient}
        onChange={(value) => set('recipient', value as Values['recipient'])}
      >
        <Label className="field-label">{t('documents.create.recipient')}</Label>
        <Radio value="client" className="backup-radio">
          {t('documents.recipient.client')}
        </Radio>
        <Radio value="other" className="backup-radio">
          {t('documents.recipient.other')}
        </Radio>
        <Text slot="description" className="field-help">
          {t(
            values.recipient === 'client'
              ? 'documents.create.forClientHelp'
              : 'documents.create.forOtherHelp',
          )}
        </Text>
      </RadioGroup>
      <PlainSelect
        label={t('documents.create.language')}
        value={values.language}
        onChange={(value) => set('language', (value ?? 'en') as Language)}
        options={LANGUAGES.map((language) => ({ id: language, label: t(`documents.language.${language}`) }))}
      />
      <ErrorAlert error={refusal} />
      <div className="dialog-actions">
        <Button className="button" onPress={props.onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isDisabled={preview.isPending}>
          {preview.isPending ? t('documents.create.making') : t('documents.create.preview')}
        </Button>
      </div>
    </Form>
  );
}

/** Which version of the care plan, and how its signatures appear. */
function CarePlanOptions(props: {
  clientId: string;
  values: Values;
  set: <K extends keyof Values>(key: K, value: Values[K]) => void;
}) {
  const { t } = useTranslation();
  const plan = useLanternQuery('carePlans:get', { clientId: props.clientId });
  const signed = (plan.data?.plan?.versions ?? []).filter((version) => version.state !== 'draft');
  return (
    <>
      <PlainSelect
        label={t('documents.create.version')}
        value={props.values.version}
        onChange={(value) => props.set('version', value ?? 'in_force')}
        options={[
          { id: 'in_force', label: t('documents.create.versionInForce') },
          ...signed.map((version) => ({
            id: String(version.versionNo),
            label: t('documents.create.versionNumber', { version: version.versionNo }),
          })),
        ]}
        description={signed.length === 0 && plan.data ? t('documents.create.noSignedPlan') : undefined}
      />
      <RadioGroup
        className="document-choice"
        value={props.values.signatures}
        onChange={(value) => props.set('signatures', value as Values['signatures'])}
      >
        <Label className="field-label">{t('documents.create.signatures')}</Label>
        <Radio value="as_signed" className="backup-radio">
          {t('documents.create.asSigned')}
        </Radio>
        <Radio value="blank_lines" className="backup-radio">
          {t('documents.create.blankLines')}
        </Radio>
      </RadioGroup>
    </>
  );
}

function DateBox(props: {
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      className="field"
      value={props.value}
      onChange={props.onChange}
      isInvalid={Boolean(props.error)}
      validationBehavior="aria"
    >
      <Label className="field-label">{props.label}</Label>
      <Input type="date" className="input input-date" />
      <FieldError className="field-error">{fieldMessage(t, props.error)}</FieldError>
    </TextField>
  );
}
