import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/languages';

/** The screen's language as main's pre-filled sentences are written in it (English unless Spanish). */
export function useLanguageOfDocuments(): Language {
  const { i18n } = useTranslation();
  return i18n.language.startsWith('es') ? 'es' : 'en';
}
