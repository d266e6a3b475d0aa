import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { toAppError, useLanternMutation } from '../../lib/client';
import { CheckBox } from '../../ui/CheckBox';
import { ErrorAlert } from '../../ui/feedback';
import { PlainSelect } from '../../ui/PlainSelect';
import { useFormatText, useNoteFormats } from './labels';

/**
 * "New note": in the clinic's default format unless another is chosen; "Same as last time"
 * copies the previous note's contact details (main never copies its narrative).
 */
export function NewNote(props: { clientId: string; onStarted(noteId: string): void }) {
  const { t } = useTranslation();
  const text = useFormatText();
  const formats = useNoteFormats();
  const start = useLanternMutation('notes:start');
  const [formatId, setFormatId] = useState<string | null>(null);
  const [sameAsLastTime, setSameAsLastTime] = useState(false);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const chosen = formatId ?? formats.defaultFormatId;
  const onStart = () => {
    setRefusal(null);
    start
      .mutateAsync({ clientId: props.clientId, sameAsLastTime, ...(chosen ? { formatId: chosen } : {}) })
      .then((detail) => props.onStarted(detail.id))
      .catch((e: unknown) => setRefusal(toAppError(e)));
  };
  return (
    <div className="note-new">
      <div className="row-actions">
        <PlainSelect
          label={t('notes.new.format')}
          value={chosen}
          onChange={setFormatId}
          // One option per format: the newest version of each id (a list may hold older ones).
          options={[...formats.byId.values()].map((f) => ({ id: f.id, label: text(f.name) }))}
          isDisabled={formats.byId.size === 0}
        />
        <CheckBox
          isSelected={sameAsLastTime}
          onChange={setSameAsLastTime}
          description={t('notes.new.sameAsLastTimeHelp')}
        >
          {t('notes.new.sameAsLastTime')}
        </CheckBox>
        <Button className="button button-primary" onPress={onStart} isPending={start.isPending}>
          {t('notes.new.start')}
        </Button>
      </div>
      <ErrorAlert error={refusal} />
    </div>
  );
}
