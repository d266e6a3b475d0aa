import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { toAppError, useLanternMutation, useLanternQuery } from '../../lib/client';
import type { AppError } from '../../../../shared/result';
import { ErrorAlert } from '../../ui/feedback';
import { PlainSelect } from '../../ui/PlainSelect';

/** No plan yet: start one, empty or from one of the clinic's templates. */
export function StartPlan({ clientId, pendingNeed }: { clientId: string; pendingNeed: string | null }) {
  const { t } = useTranslation();
  const templates = useLanternQuery('carePlans:templates', {});
  const create = useLanternMutation('carePlans:create');
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [startDate, setStartDate] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const start = async () => {
    setError(null);
    try {
      await create.mutateAsync({ clientId, templateId, startDate: startDate || null });
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };
  return (
    <section className="panel plan-start" aria-labelledby="plan-start-title">
      <h3 id="plan-start-title">{t('carePlans.start.title')}</h3>
      <p className="muted">{t('carePlans.start.intro')}</p>
      {pendingNeed ? (
        <p className="alert alert-info">{t('carePlans.start.pendingNeed', { need: pendingNeed })}</p>
      ) : null}
      <div className="form-grid">
        <PlainSelect
          label={t('carePlans.start.template')}
          value={templateId}
          onChange={setTemplateId}
          emptyLabel={t('carePlans.start.blank')}
          options={(templates.data ?? []).map((tpl) => ({ id: tpl.id, label: tpl.name }))}
        />
        <TextField className="field" value={startDate} onChange={setStartDate}>
          <Label className="field-label">{t('carePlans.fields.startDate')}</Label>
          <Input type="date" className="input input-date" />
        </TextField>
      </div>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <Button className="button button-primary" onPress={() => void start()} isPending={create.isPending}>
          {t('carePlans.start.submit')}
        </Button>
      </div>
    </section>
  );
}
