import { useState } from 'react';
import {
  Button,
  Form,
  Label,
  Radio,
  RadioGroup,
  TextArea,
  TextField,
  Input,
  FieldError,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CarePlanAgreementInput } from '../../../../shared/contracts/care-plan-signatures';
import type { AppError } from '../../../../shared/result';
import { toAppError, useLanternMutation } from '../../lib/client';
import { fieldMessage } from '../../lib/errors';
import { CheckBox } from '../../ui/CheckBox';
import { ErrorAlert } from '../../ui/feedback';
import { DrawnSignature, type Drawing } from './DrawnSignature';

type Method = CarePlanAgreementInput['method'];

/**
 * The client's agreement with a signed version: their typed name with the attestation, a
 * signature drawn on screen, or "declined to sign" with the reason. One at a time, in the
 * language the screen is in (the attestation's words are stored as shown).
 */
export function ClientAgreement({ versionId, clientName }: { versionId: string; clientName: string }) {
  const { t } = useTranslation();
  const record = useLanternMutation('carePlans:recordClientAgreement');
  const [method, setMethod] = useState<Method>('typed');
  const [signerName, setSignerName] = useState(clientName);
  const [attested, setAttested] = useState(false);
  const [drawing, setDrawing] = useState<Drawing | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<AppError | null>(null);
  const [local, setLocal] = useState<string | null>(null);
  const attestation = t('carePlans.agreement.attestation');
  const fieldError = (name: string) => fieldMessage(t, problem?.fields?.[`agreement.${name}`]);

  const agreement = (): CarePlanAgreementInput | null => {
    if (method === 'declined') return { method, reason };
    // Typed or drawn, the client confirms the statement: a signature alone does not say what it agrees to.
    if (!attested) return null;
    if (method === 'typed') return { method, signerName, attestation };
    return drawing ? { method, signerName, attestation, ...drawing } : null;
  };

  const onSubmit = async () => {
    setProblem(null);
    const value = agreement();
    setLocal(
      value
        ? null
        : !attested && method !== 'declined'
          ? t('carePlans.agreement.attestFirst')
          : t('validation.signature_empty'),
    );
    if (!value) return;
    try {
      await record.mutateAsync({ versionId, agreement: value });
    } catch (thrown) {
      setProblem(toAppError(thrown));
    }
  };
  const placed = problem?.fields && Object.keys(problem.fields).some((k) => k.startsWith('agreement.'));

  return (
    <section className="panel plan-agreement" aria-labelledby="plan-agreement-title">
      <h3 id="plan-agreement-title">{t('carePlans.agreement.title')}</h3>
      <Form
        className="form"
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        <RadioGroup className="field" value={method} onChange={(value) => setMethod(value as Method)}>
          <Label className="field-label">{t('carePlans.agreement.how')}</Label>
          {(['typed', 'drawn', 'declined'] as const).map((id) => (
            <Radio key={id} value={id} className="backup-radio">
              {t(`carePlans.agreement.method.${id}`)}
            </Radio>
          ))}
        </RadioGroup>
        {method !== 'declined' ? (
          <TextField
            className="field"
            value={signerName}
            onChange={setSignerName}
            isRequired
            isInvalid={Boolean(fieldError('signerName'))}
            validationBehavior="aria"
          >
            <Label className="field-label">{t('carePlans.agreement.signerName')}</Label>
            <Input className="input" />
            <FieldError className="field-error">{fieldError('signerName')}</FieldError>
          </TextField>
        ) : null}
        {method !== 'declined' ? (
          <>
            <p className="plan-attestation">{attestation}</p>
            <CheckBox isSelected={attested} onChange={setAttested}>
              {t('carePlans.agreement.attest')}
            </CheckBox>
            {fieldError('attestation') ? (
              <p className="field-error" role="alert">
                {fieldError('attestation')}
              </p>
            ) : null}
          </>
        ) : null}
        {method === 'drawn' ? (
          <>
            <DrawnSignature onChange={setDrawing} label={t('carePlans.agreement.canvasLabel')} />
            {(fieldError('png') ?? fieldError('strokes')) ? (
              <p className="field-error" role="alert">
                {fieldError('png') ?? fieldError('strokes')}
              </p>
            ) : null}
          </>
        ) : null}
        {method === 'declined' ? (
          <TextField
            className="field"
            value={reason}
            onChange={setReason}
            isRequired
            isInvalid={Boolean(fieldError('reason'))}
            validationBehavior="aria"
          >
            <Label className="field-label">{t('carePlans.agreement.reason')}</Label>
            <TextArea className="input textarea" rows={3} />
            <FieldError className="field-error">{fieldError('reason')}</FieldError>
          </TextField>
        ) : null}
        {local ? (
          <p className="field-error" role="alert">
            {local}
          </p>
        ) : null}
        {placed ? null : <ErrorAlert error={problem} />}
        <div className="form-actions">
          <Button type="submit" className="button button-primary" isPending={record.isPending}>
            {method === 'declined'
              ? t('carePlans.agreement.recordDeclined')
              : t('carePlans.agreement.submit')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
