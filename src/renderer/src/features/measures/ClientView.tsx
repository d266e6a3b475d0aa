import { useState } from 'react';
import { Button, Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { giveMeasureInputSchema } from '../../../../shared/contracts/measures';
import { skippedItems, withoutSkipped } from '../../../../shared/domain/instrument-scoring';
import type { InstrumentDefinition } from '../../../../shared/domain/instruments';
import { useLockControls } from '../../app/session';
import { toAppError, useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert } from '../../ui/feedback';
import { emptyAnswers } from './GiveMeasureDialog';
import { InstrumentText } from './instrumentText';
import { ItemQuestion, type AnswerValues } from './ItemQuestion';

const answersSchema = giveMeasureInputSchema.pick({ answers: true });

/**
 * The measure handed to the client on the same screen: large type, one question at a time, and
 * nothing of the file behind it (an opaque full-screen layer; the page under it is inert). When
 * the client finishes — or stops — Lantern locks, so the worker signs in again to see the file.
 */
export function ClientView(props: {
  definition: InstrumentDefinition | null;
  clientId: string;
  onClose(): void;
}) {
  return (
    <ModalOverlay
      className="client-view-overlay"
      isOpen={props.definition !== null}
      isDismissable={false}
      isKeyboardDismissDisabled
    >
      <Modal className="client-view">
        <Dialog className="client-view-dialog" aria-labelledby="client-view-title">
          {props.definition ? (
            <ClientQuestions definition={props.definition} clientId={props.clientId} />
          ) : null}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

const anyAnswered = (answers: AnswerValues['answers']) =>
  Object.values(answers).some((value) => value !== null && value !== undefined);

function ClientQuestions({ definition, clientId }: { definition: InstrumentDefinition; clientId: string }) {
  const { t } = useTranslation();
  const { lock } = useLockControls();
  const give = useLanternMutation('measures:give');
  const [step, setStep] = useState(0);
  const { form, error, setError, submit } = useContractForm<typeof answersSchema, AnswerValues>({
    schema: answersSchema,
    defaultValues: emptyAnswers(definition),
  });
  const answers = useWatch({ control: form.control, name: 'answers' }) ?? {};
  // Questions a skip rule leaves out are not asked (AUDIT-C 2 and 3 after "Never").
  const skipped = skippedItems(definition, answers);
  const items = definition.items.filter((item) => !skipped.has(item.id));
  const current = Math.min(step, items.length - 1);
  const item = items[current]!;
  const last = current === items.length - 1;
  const save = (values: AnswerValues['answers']) =>
    give.mutateAsync({
      clientId,
      instrumentId: definition.id,
      mode: 'client',
      answers: withoutSkipped(definition, values),
    });
  const onSubmit = submit(async (values) => {
    await save(values.answers);
    await lock();
  });
  // Stopping keeps what was answered (an incomplete result still raises its alerts: item 9).
  const stop = async () => {
    const values = form.getValues('answers');
    if (anyAnswered(values)) {
      try {
        await save(values);
      } catch (refusal) {
        setError(toAppError(refusal));
        return;
      }
    }
    await lock();
  };
  return (
    <Form className="client-view-form" onSubmit={onSubmit} validationBehavior="aria">
      <Heading slot="title" id="client-view-title" className="client-view-title">
        {t('measures.clientView.title')}
      </Heading>
      <p className="client-view-instructions">
        <InstrumentText text={definition.instructions} />
      </p>
      {/* Announced as the question changes (focus moves to the new question's first answer). */}
      <p className="client-view-progress" aria-live="polite" aria-atomic="true">
        {t('measures.clientView.progress', { current: current + 1, total: items.length })}
      </p>
      <ItemQuestion
        key={item.id}
        definition={definition}
        item={item}
        number={current + 1}
        control={form.control}
        large
        autoFocus
      />
      <ErrorAlert error={error} />
      <div className="client-view-actions">
        <Button
          className="button button-large"
          isDisabled={current === 0}
          onPress={() => setStep(current - 1)}
        >
          {t('measures.clientView.back')}
        </Button>
        {/* Distinct keys: the Next button must not become the submit button under the same click. */}
        {last ? (
          <Button
            key="finish"
            type="submit"
            className="button button-primary button-large"
            isPending={give.isPending}
          >
            {t('measures.clientView.finish')}
          </Button>
        ) : (
          <Button
            key="next"
            className="button button-primary button-large"
            onPress={() => setStep(current + 1)}
          >
            {t('measures.clientView.next')}
          </Button>
        )}
      </div>
      <p className="client-view-skip">{t('measures.clientView.skipHelp')}</p>
      <Button
        className="button button-small client-view-stop"
        isPending={give.isPending}
        onPress={() => void stop()}
      >
        {t('measures.clientView.stop')}
      </Button>
    </Form>
  );
}
