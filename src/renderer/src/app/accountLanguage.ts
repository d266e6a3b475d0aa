import { useCallback, useEffect, useState } from 'react';
import type { Language } from '../../../shared/domain/languages';
import { useLanternMutation } from '../lib/client';
import { applyLanguage } from '../lib/language';
import { useSession } from './session';

/**
 * At sign-in (and unlock), the screens switch to the language the person chose for their account.
 * An account that never chose keeps the workstation's language (the one on the sign-in screen).
 * The workstation then remembers it, so the lock screen speaks the last person's language.
 */
export function useAccountLanguageAtSignIn(language: Language | null): void {
  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);
}

/**
 * Changing one's own language from the header menu: the screens change at once, and main keeps
 * the choice for the account. If main cannot store it, the screens stay changed on this computer
 * and `failed` is true so the header can say so.
 */
export function useChangeOwnLanguage(): { change: (language: Language) => void; failed: boolean } {
  const { refreshStatus } = useSession();
  const [failed, setFailed] = useState(false);
  const { mutate } = useLanternMutation('accounts:setLanguage', {
    onSuccess: () => void refreshStatus(),
    onError: () => setFailed(true),
  });
  const change = useCallback(
    (language: Language) => {
      setFailed(false);
      applyLanguage(language);
      mutate({ language });
    },
    [mutate],
  );
  return { change, failed };
}
