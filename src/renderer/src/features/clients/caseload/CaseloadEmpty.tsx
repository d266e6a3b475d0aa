import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../../shared/contracts/session';
import { ROLES, can } from '../../../../../shared/domain/roles';
import { activeFilterCount } from './CaseloadFilters';
import type { CaseloadFilterValue } from './state';

/**
 * What an empty caseload means, said so the person knows what to do: no client matches the
 * filters (clear them), nobody is on one's own or one's team's caseload yet, or the clinic has no
 * clients at all — and then who adds them (an administrator cannot, and needs to know who can).
 */
export function CaseloadEmpty({
  filter,
  session,
  onClear,
}: {
  filter: CaseloadFilterValue;
  session: SessionInfo;
  onClear(): void;
}) {
  const { t, i18n } = useTranslation();
  if (activeFilterCount(filter) > 0) {
    return (
      <>
        <p>{t('clients.caseload.empty')}</p>
        <Button className="button button-small" onPress={onClear}>
          {t('clients.filters.clear')}
        </Button>
      </>
    );
  }
  if (filter.mine) return <p>{t('clients.caseload.emptyMine')}</p>;
  if (filter.team) return <p>{t('clients.caseload.emptyTeam')}</p>;
  if (can(session.role, 'clients:edit')) {
    return (
      <p>
        {t('clients.caseload.noClientsYet')} {t('clients.caseload.addFirst')}
      </p>
    );
  }
  const adders = ROLES.filter((role) => can(role, 'clients:edit')).map((role) => t(`roles.${role}`));
  const roles = new Intl.ListFormat(i18n.language, { type: 'disjunction' }).format(adders);
  return (
    <>
      <p>{t('clients.caseload.noClientsYet')}</p>
      <p>{t('clients.caseload.whoAdds', { roles })}</p>
      {can(session.role, 'accounts:manage') ? <p>{t('clients.caseload.whoAddsAdmin')}</p> : null}
    </>
  );
}
