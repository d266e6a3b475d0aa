import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../lib/errors';
import { StatusMessage } from './feedback';

/**
 * Said when main refused to keep the typing as a draft (too large, or too many drafts): the
 * values are all still in the form, but would not survive an auto-lock until saved.
 */
export function DraftNotKept({ reason }: { reason: string | null }) {
  const { t } = useTranslation();
  return (
    <StatusMessage tone="info">
      {reason ? t('clients.draft.notKept', { reason: fieldMessage(t, reason) }) : null}
    </StatusMessage>
  );
}
