import { Button, ListBox, ListBoxItem, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SavedPhrase } from '../../../../shared/contracts/progress-notes';
import { ModalDialog } from '../../ui/ModalDialog';

/** The saved phrases to choose from (arrow keys or typing the title, Enter inserts). */
export function PhrasePicker(props: {
  isOpen: boolean;
  phrases: readonly SavedPhrase[];
  onPick(phrase: SavedPhrase): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      isOpen={props.isOpen}
      onOpenChange={(open) => (open ? undefined : props.onClose())}
      title={t('notes.phrases.pickTitle')}
    >
      {(close) => (
        <>
          <ListBox
            aria-label={t('notes.phrases.pickLabel')}
            className="listbox note-phrase-list"
            items={props.phrases}
            autoFocus="first"
            onAction={(key) => {
              const phrase = props.phrases.find((p) => p.id === key);
              if (phrase) props.onPick(phrase);
            }}
          >
            {(phrase) => (
              <ListBoxItem id={phrase.id} className="listbox-item" textValue={phrase.title}>
                <Text slot="label">
                  {phrase.title} <span className="mono">;{phrase.shortcut}</span>{' '}
                  <span className="muted">{t(`notes.phrases.scope.${phrase.scope}`)}</span>
                </Text>
                <Text slot="description" className="small muted">
                  {phrase.text.length > 120 ? `${phrase.text.slice(0, 120)}…` : phrase.text}
                </Text>
              </ListBoxItem>
            )}
          </ListBox>
          <div className="dialog-actions">
            <Button className="button" onPress={close}>
              {t('common.cancel')}
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
