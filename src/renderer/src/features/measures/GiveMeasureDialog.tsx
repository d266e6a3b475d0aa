import { Button, Form } from 'react-aria-components';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { giveMeasureInputSchema } from '../../../../shared/contracts/measures';
import type { SexAtBirth } from '../../../../shared/domain/clients';
import { scoreAnswers, skippedItems, withoutSkipped } from '../../../../shared/domain/instrument-scoring';
import type { InstrumentDefinition } from '../../../../shared/domain/instruments';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert } from '../../ui/feedback';
import { FormDateField } from '../../ui/fields';
import { ModalDialog } from '../../ui/ModalDialog';
import { InstrumentText, useInstrumentString } from './instrumentText';
import { ItemQuestion, type AnswerValues } from './ItemQuestion';

const officeSchema = giveMeasureInputSchema.pick({ answers: true, administeredOn: true });
type OfficeValues = AnswerValues & { administeredOn?: string };

export const emptyAnswers = (definition: InstrumentDefinition): AnswerValues => ({
  answers: Object.fromEntries(definition.items.map((item) => [item.id, null])),
});

/** Giving a measure in the office: the worker enters the answers; main scores and keeps them. */
export function GiveMeasureDialog(props: {
  definition: InstrumentDefinition | null;
  clientId: string;
  sex: SexAtBirth;
  onClose(): void;
  onSaved(total: number | null): void;
}) {
  const title = useInstrumentString();
  return (
    <ModalDialog
      isOpen={props.definition !== null}
      onOpenChange={(open) => (open ? undefined : props.onClose())}
      title={props.definition ? title(props.definition.title) : ''}
    >
      {(close) =>
        props.definition ? <GiveMeasureForm {...props} definition={props.definition} onClose={close} /> : null
      }
    </ModalDialog>
  );
}

function GiveMeasureForm(props: {
  definition: InstrumentDefinition;
  clientId: string;
  sex: SexAtBirth;
  onClose(): void;
  onSaved(total: number | null): void;
}) {
  const { t } = useTranslation();
  const { definition } = props;
  const give = useLanternMutation('measures:give');
  const { form, error, submit } = useContractForm<typeof officeSchema, OfficeValues>({
    schema: officeSchema,
    defaultValues: emptyAnswers(definition),
  });
  const answers = useWatch({ control: form.control, name: 'answers' });
  const preview = scoreAnswers(definition, answers ?? {}, { sex: props.sex });
  // Questions a skip rule leaves out are not shown (AUDIT-C 2 and 3 after "Never").
  const skipped = skippedItems(definition, answers ?? {});
  const onSubmit = submit(async (values) => {
    const result = await give.mutateAsync({
      clientId: props.clientId,
      instrumentId: definition.id,
      mode: 'office',
      answers: withoutSkipped(definition, values.answers),
      ...(values.administeredOn ? { administeredOn: values.administeredOn } : {}),
    });
    props.onSaved(result.total);
    props.onClose();
  });
  // Questions are numbered as on the printed form: the unscored "how difficult" one has no number.
  const numbers = definition.items.map(
    (_, index) => definition.items.slice(0, index + 1).filter((item) => item.scored).length,
  );
  return (
    <Form className="form measure-form" onSubmit={onSubmit} validationBehavior="aria">
      <p className="measure-instructions">
        <InstrumentText text={definition.instructions} />
      </p>
      {definition.items.map((item, index) =>
        skipped.has(item.id) ? null : (
          <ItemQuestion
            key={item.id}
            definition={definition}
            item={item}
            number={numbers[index]!}
            control={form.control}
            autoFocus={index === 0}
          />
        ),
      )}
      <FormDateField
        control={form.control}
        name="administeredOn"
        label={t('measures.give.administeredOn')}
        description={t('measures.give.administeredOnHelp')}
      />
      <p className="measure-preview" aria-live="polite">
        {preview.total === null
          ? t('measures.give.previewIncomplete', { count: preview.missing.length })
          : t('measures.give.preview', { total: preview.total })}
        {preview.band ? (
          <>
            {' · '}
            <InstrumentText text={preview.band.label} />
          </>
        ) : null}
      </p>
      {preview.alerts.length > 0 ? (
        <p className="measure-alert-inline">{t('measures.give.alertWillBeRaised')}</p>
      ) : null}
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button className="button" onPress={props.onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isPending={give.isPending}>
          {t('measures.give.save')}
        </Button>
      </div>
    </Form>
  );
}
