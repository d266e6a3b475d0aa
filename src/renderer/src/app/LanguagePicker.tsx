import type { Key } from 'react-aria-components';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from '../../../shared/domain/languages';
import { applyLanguage, currentLanguage } from '../lib/language';
import './language.css';

/**
 * English | Español, for the screens before anyone is signed in (setup, sign-in, lock). The
 * choice is the workstation's: it is remembered on this computer, not for an account. Each name
 * is written in its own language (and marked so for screen readers), so a person who cannot read
 * the current language still finds theirs. Arrow keys move between the two; Space or Enter picks.
 */
export function LanguagePicker({ onChange }: { onChange?: (language: Language) => void }) {
  const { t } = useTranslation();
  const choose = (keys: Set<Key>) => {
    const [picked] = [...keys];
    if (!isLanguage(picked)) return;
    applyLanguage(picked);
    onChange?.(picked);
  };
  return (
    <ToggleButtonGroup
      className="language-picker"
      aria-label={t('language.label')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[currentLanguage()]}
      onSelectionChange={choose}
    >
      {LANGUAGES.map((language) => (
        <ToggleButton key={language} id={language} lang={language} className="language-option">
          {t(`language.names.${language}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
