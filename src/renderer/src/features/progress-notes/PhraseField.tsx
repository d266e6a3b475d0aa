import { useRef, useState, type KeyboardEvent } from 'react';
import { Button, FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SavedPhrase } from '../../../../shared/contracts/progress-notes';
import { fieldMessage } from '../../lib/errors';
import { PhrasePicker } from './PhrasePicker';
import { expandShortcut, insertAt } from './phrases';

/**
 * A box of the note (a section, the interventions, the next steps) where saved phrases insert:
 * `;shortcut` then Tab, or Ctrl+Space / the "Insert phrase" button for the list. The shortcuts
 * are announced in the box's description, after the section's prompt.
 */
export function PhraseField<T extends FieldValues>(props: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  prompt?: string;
  isRequired?: boolean;
  maxLength: number;
  phrases: readonly SavedPhrase[];
}) {
  const { control, name, label, prompt, isRequired, maxLength, phrases } = props;
  const { t } = useTranslation();
  const box = useRef<HTMLTextAreaElement | null>(null);
  const [picking, setPicking] = useState<{ start: number; end: number } | null>(null);
  const placeCaret = (caret: number) =>
    window.requestAnimationFrame(() => {
      box.current?.focus();
      box.current?.setSelectionRange(caret, caret);
    });
  const openPicker = () => {
    const el = box.current;
    setPicking({
      start: el?.selectionStart ?? el?.value.length ?? 0,
      end: el?.selectionEnd ?? el?.value.length ?? 0,
    });
  };
  const help = [prompt, phrases.length > 0 ? t('notes.editor.phraseHelp') : null].filter(Boolean).join(' ');
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const value = (field.value as string | undefined) ?? '';
        const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
          if (event.key === ' ' && event.ctrlKey && !event.altKey && !event.metaKey) {
            event.preventDefault();
            if (phrases.length > 0) openPicker();
            return;
          }
          if (event.key !== 'Tab' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
          const el = event.currentTarget;
          if (el.selectionStart !== el.selectionEnd) return;
          const expanded = expandShortcut(el.value, el.selectionStart, phrases);
          if (!expanded || expanded.text.length > maxLength) return; // Tab moves on as usual
          event.preventDefault();
          field.onChange(expanded.text);
          placeCaret(expanded.caret);
        };
        return (
          <div className="note-phrase-field">
            <TextField
              className="field field-wide"
              name={field.name}
              value={value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              isInvalid={fieldState.invalid}
              isRequired={isRequired}
              validationBehavior="aria"
              maxLength={maxLength}
            >
              <Label className="field-label">
                {label}
                {isRequired ? <span className="field-required"> {t('notes.editor.required')}</span> : null}
              </Label>
              <TextArea
                ref={(el) => {
                  box.current = el;
                  field.ref(el);
                }}
                className="input textarea"
                rows={4}
                onKeyDown={onKeyDown}
              />
              {help ? (
                <Text slot="description" className="field-help">
                  {help}
                </Text>
              ) : null}
              <FieldError className="field-error">{fieldMessage(t, fieldState.error?.message)}</FieldError>
            </TextField>
            {phrases.length > 0 ? (
              <Button
                className="button button-small button-quiet"
                aria-label={t('notes.phrases.insertInto', { field: label })}
                excludeFromTabOrder
                onPress={openPicker}
              >
                {t('notes.phrases.insert')}
              </Button>
            ) : null}
            <PhrasePicker
              isOpen={picking !== null}
              phrases={phrases}
              onClose={() => {
                setPicking(null);
                placeCaret(box.current?.selectionStart ?? value.length);
              }}
              onPick={(phrase) => {
                const at = picking ?? { start: value.length, end: value.length };
                const inserted = insertAt(value, at.start, at.end, phrase.text);
                setPicking(null);
                if (inserted.text.length > maxLength) return;
                field.onChange(inserted.text);
                placeCaret(inserted.caret);
              }}
            />
          </div>
        );
      }}
    />
  );
}
