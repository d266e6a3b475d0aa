import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseloadRow } from '../../../../shared/contracts/caseload';
import { RecordPicker } from './duplicates/RecordPicker';

/**
 * "Entries about this client": a search by name, birth date, client ID or phone over the quick
 * search channel (`caseload:search`, which asks the access policy and is itself audited).
 * Choosing a client filters at once — type, pick, and the list shows who did what in that file.
 */
export function AuditClientPicker({
  chosen,
  onChoose,
}: {
  chosen: CaseloadRow | null;
  onChoose(client: CaseloadRow | null): void;
}) {
  const { t } = useTranslation();
  // A new box when the filter is removed from outside it, so it no longer shows the old name.
  const [cleared, setCleared] = useState(0);
  const remove = () => {
    onChoose(null);
    setCleared((count) => count + 1);
  };
  return (
    <div>
      <RecordPicker
        key={cleared}
        label={t('auditLog.clientFilter.label')}
        description={t('auditLog.clientFilter.help')}
        value={chosen}
        onChange={onChoose}
        isRequired={false}
      />
      {chosen ? (
        <p className="audit-client-filter">
          <span>
            {t('auditLog.clientFilter.chosen', {
              client: t('auditLog.parties.client', {
                name: chosen.legalName,
                clientNumber: chosen.clientNumber,
              }),
            })}
          </span>
          <Button className="button button-quiet" onPress={remove}>
            {t('auditLog.clientFilter.remove')}
          </Button>
        </p>
      ) : null}
    </div>
  );
}
