import { useTranslation } from 'react-i18next';
import { DOCUMENT_ISSUES, type RegisteredDocument } from '../../../../shared/contracts/documents';

/** How the Documents tab words a registered document's kind and the times it was given out. */
export function useDocumentLabels() {
  const { t } = useTranslation();
  return {
    kind: (document: RegisteredDocument): string =>
      document.source === 'template'
        ? t('documents.kind.template', { version: document.templateVersion ?? '' })
        : document.definitionId
          ? t(`documents.definition.${document.definitionId}`)
          : t('documents.kind.builtIn'),
    /** "Saved, Printed ×2": each way it was issued, with how often when more than once. */
    issues: (document: RegisteredDocument): string =>
      DOCUMENT_ISSUES.map((how) => ({
        how,
        count: document.issues.filter((issue) => issue.how === how).length,
      }))
        .filter(({ count }) => count > 0)
        .map(({ how, count }) =>
          count > 1
            ? t('documents.issue.times', { how: t(`documents.issue.${how}`), count })
            : t(`documents.issue.${how}`),
        )
        .join(', '),
  };
}
