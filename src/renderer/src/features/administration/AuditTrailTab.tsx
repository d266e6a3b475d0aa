import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AuditNames, AuditVerification } from '../../../../shared/contracts/audit';
import type { CaseloadRow } from '../../../../shared/contracts/caseload';
import { can } from '../../../../shared/domain/roles';
import { useSession } from '../../app/session';
import {
  call,
  lanternKey,
  useLanternMutation,
  useLanternQuery,
  type AppErrorException,
} from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import { ErrorAlert, LoadingMessage } from '../../ui/feedback';
import { AuditVerificationResult } from './AuditVerificationResult';
import { AuditExportButton } from './AuditExportButton';
import { AuditFilters, type AuditFilterValues } from './AuditFilters';
import { AuditTable } from './AuditTable';

const PAGE_SIZE = 50;

/**
 * Filters (a client, a person, an action, dates), the list newest first with "Load more", its
 * export, and Verify (the hash chain check).
 */
export function AuditTrailTab() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [applied, setFilters] = useState<AuditFilterValues>({});
  const [client, setClient] = useState<CaseloadRow | null>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const filters = { ...applied, ...(client ? { clientId: client.id } : {}) };

  const people = useLanternQuery('accounts:list', {}, { enabled: can(session.role, 'accounts:manage') });
  const list = useInfiniteQuery({
    queryKey: [...lanternKey('audit:list'), filters],
    queryFn: ({ pageParam }) =>
      call('audit:list', {
        ...filters,
        // From/to are the workstation's calendar days.
        utcOffsetMinutes: -new Date().getTimezoneOffset(),
        limit: PAGE_SIZE,
        ...(pageParam > 0 ? { beforeSeq: pageParam } : {}),
      }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextBeforeSeq ?? undefined,
  });
  const verify = useLanternMutation('audit:verify', {
    onSuccess: async (result) => {
      setVerification(result);
      // Verifying is itself recorded: `audit:list` is made stale by the call.
    },
  });

  const entries = list.data?.pages.flatMap((page) => page.entries) ?? [];
  const names = Object.assign({}, ...(list.data?.pages.map((page) => page.names) ?? [])) as AuditNames;

  return (
    <div className="stack">
      <p>{t('admin.audit.intro')}</p>

      <div className="panel verify-panel">
        <div>
          <Button
            className="button"
            isPending={verify.isPending}
            onPress={() => {
              setVerification(null);
              verify.mutate({});
            }}
          >
            {verify.isPending ? t('admin.audit.verifying') : t('admin.audit.verify')}
          </Button>
          <p className="muted small">{t('admin.audit.verifyHelp')}</p>
        </div>
        <AuditVerificationResult verification={verification} error={verify.error} />
      </div>

      <AuditFilters
        people={(people.data ?? []).map((account) => ({
          id: account.id,
          label: `${account.fullName} (${account.username})`,
        }))}
        client={client}
        onClient={setClient}
        onApply={setFilters}
      />

      {list.isPending ? <LoadingMessage /> : null}
      {list.isError ? (
        <ErrorAlert>
          {t('admin.audit.loadFailed')} {errorMessage(t, (list.error as AppErrorException).error)}
        </ErrorAlert>
      ) : null}
      {list.data ? (
        <>
          <div className="audit-toolbar">
            <p className="muted" aria-live="polite">
              {t('admin.audit.count', { count: entries.length })}
            </p>
            <AuditExportButton filters={filters} />
          </div>
          <AuditTable entries={entries} names={names} />
          {list.hasNextPage ? (
            <div className="form-actions">
              <Button
                className="button"
                isPending={list.isFetchingNextPage}
                onPress={() => void list.fetchNextPage()}
              >
                {list.isFetchingNextPage ? t('admin.audit.loadingMore') : t('admin.audit.loadMore')}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
