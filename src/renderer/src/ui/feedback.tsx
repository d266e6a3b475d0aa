import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { errorMessage } from '../lib/errors';

/** An error from main that belongs to no single field, announced at once. */
export function ErrorAlert({ error, children }: { error?: AppError | null; children?: ReactNode }) {
  const { t } = useTranslation();
  const text = children ?? (error ? errorMessage(t, error) : null);
  if (!text) return null;
  return (
    <div role="alert" className="alert alert-error">
      {text}
    </div>
  );
}

/** A quiet confirmation ("Settings saved."), announced politely. */
export function StatusMessage({
  children,
  tone = 'success',
}: {
  children?: ReactNode;
  tone?: 'success' | 'info';
}) {
  // The live region stays in the page so screen readers notice when text appears in it.
  return (
    <div role="status" className={children ? `alert alert-${tone}` : 'visually-empty'}>
      {children}
    </div>
  );
}

export function LoadingMessage() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
