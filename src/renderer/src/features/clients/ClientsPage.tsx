import { useCallback, useRef, useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseloadRow, SavedView } from '../../../../shared/contracts/caseload';
import { can } from '../../../../shared/domain/roles';
import { useSession } from '../../app/session';
import { useLanternQuery } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import { i18n } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/feedback';
import { Page } from '../../ui/Page';
import {
  CaseloadFilterPanel,
  MyCaseloadSwitch,
  MyTeamSwitch,
  activeFilterCount,
  clearedFilter,
  describeFilter,
} from './caseload/CaseloadFilters';
import { CaseloadEmpty } from './caseload/CaseloadEmpty';
import { CaseloadTable } from './caseload/CaseloadTable';
import { ColumnChooser } from './caseload/ColumnChooser';
import { recallDensity, rememberDensity, type Density } from './caseload/density';
import { DensityToggle } from './caseload/DensityToggle';
import { SavedViews } from './caseload/SavedViews';
import { useRemainingHeight } from './caseload/useRemainingHeight';
import {
  availableColumns,
  defaultDefinition,
  isClinical,
  recallState,
  rememberState,
  sanitizeDefinition,
  type CaseloadDefinition,
  type CaseloadState,
} from './caseload/state';
import { useCaseloadPages } from './caseload/useCaseloadPages';
import { QuickSearch } from './QuickSearch';

/** What a client file needs to say before it has loaded (e.g. to ask for a reason). */
export interface OpenClientState {
  name: string;
}

/** The Clients page: quick search, saved views, filters, columns and the whole caseload. */
export function ClientsPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const navigate = useNavigate();
  const [state, setState] = useState<CaseloadState>(() => recallState(session, caseloadWidth()));
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [density, setDensity] = useState<Density>(() => recallDensity(session.accountId));
  const head = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  useRemainingHeight(body, head);
  const [total, setTotal] = useState<number | null>(null);
  const staffQuery = useLanternQuery('caseload:staff', {});
  const programs = useLanternQuery('caseload:programs', {});
  const clinical = isClinical(session);
  // Only case managers have clients that are "not theirs" to open without a reason.
  const markOffCaseload =
    can(session.role, 'clients:read_caseload') && !can(session.role, 'clients:read_all');
  const hasCaseload = can(session.role, 'clients:edit');
  const [available] = useState(() => availableColumns(session));
  const staff = (staffQuery.data ?? []).map((person) => ({ id: person.id, label: person.fullName }));
  const { filter } = state.definition;
  const inUse = activeFilterCount(filter);
  const described = describeFilter(filter, t, staff);

  const update = (next: CaseloadState) => {
    setState(next);
    rememberState(session, next);
  };
  const change = (patch: Partial<CaseloadDefinition>) =>
    update({ viewId: state.viewId, definition: { ...state.definition, ...patch } });
  // "None" is the caseload as it first opens: the view's filters, sort and columns all go.
  const pickView = (view: SavedView | null) =>
    update(
      view
        ? { viewId: view.id, definition: sanitizeDefinition(session, view.definition) }
        : { viewId: null, definition: defaultDefinition(session, caseloadWidth()) },
    );
  // A deleted view leaves what it showed on screen, no longer under its name.
  const forgetView = () => update({ viewId: null, definition: state.definition });
  const chooseDensity = (next: Density) => {
    setDensity(next);
    rememberDensity(session.accountId, next);
  };

  const open = useCallback(
    (row: CaseloadRow) => {
      const name = row.preferredName || row.legalName;
      void navigate(`/clients/${row.id}`, { state: { name } satisfies OpenClientState });
    },
    [navigate],
  );

  return (
    <Page title={t('clients.title')} wide className="clients-page">
      {/* Under the page's title, beside the quick search. */}
      <p className="caseload-count" role="status">
        {total === null
          ? t('app.loading')
          : t('clients.caseload.count', {
              count: total,
              formatted: new Intl.NumberFormat(i18n.language).format(total),
            })}
      </p>
      <div className="clients-top">
        <QuickSearch markOffCaseload={markOffCaseload} onOpen={open} />
        {can(session.role, 'clients:register') ? (
          <Link href="/clients/new" className="button button-primary">
            <span aria-hidden="true">+</span> {t('clients.add')}
          </Link>
        ) : null}
      </div>

      {/* Everything above the list: the list takes the height of the window left below it. */}
      <div className="caseload-head" ref={head}>
        <div className="caseload-toolbar">
          <div className="toolbar-group">
            {hasCaseload ? (
              <MyCaseloadSwitch filter={filter} onChange={(next) => change({ filter: next })} />
            ) : null}
            {session.teamId ? (
              <MyTeamSwitch filter={filter} onChange={(next) => change({ filter: next })} />
            ) : null}
            <Button
              className={inUse > 0 ? 'button button-active' : 'button'}
              aria-expanded={filtersOpen}
              aria-controls={filtersOpen ? 'caseload-filters' : undefined}
              onPress={() => setFiltersOpen((value) => !value)}
            >
              {t('clients.filters.toggle', { count: inUse })}
              <span aria-hidden="true">{filtersOpen ? '▸' : '◂'}</span>
            </Button>
            <ColumnChooser
              columns={state.definition.columns}
              available={available}
              onChange={(columns) => change({ columns })}
            />
            <DensityToggle value={density} onChange={chooseDensity} />
          </div>
          <SavedViews
            viewId={state.viewId}
            definition={state.definition}
            onPick={pickView}
            onDeleted={forgetView}
          />
        </div>

        {!filtersOpen && described.length > 0 ? (
          <p className="filter-summary">
            {t('clients.filters.summary', { filters: described.join(', ') })}{' '}
            <Button
              className="button button-quiet button-small"
              onPress={() => change({ filter: clearedFilter(filter) })}
            >
              {t('clients.filters.clear')}
            </Button>
          </p>
        ) : null}
        <CaseloadProblem definition={state.definition} />
      </div>

      {/* The filters open beside the list, never above it: the first rows stay where they were. */}
      <div className={filtersOpen ? 'caseload-body caseload-body-filtering' : 'caseload-body'} ref={body}>
        <CaseloadTable
          definition={state.definition}
          available={available}
          markOffCaseload={markOffCaseload}
          density={density}
          empty={
            <CaseloadEmpty
              filter={filter}
              session={session}
              onClear={() => change({ filter: clearedFilter(filter) })}
            />
          }
          onSortChange={(sort) => change({ sort })}
          onOpen={open}
          onTotal={setTotal}
        />
        {filtersOpen ? (
          <CaseloadFilterPanel
            id="caseload-filters"
            filter={filter}
            onChange={(next) => change({ filter: next })}
            clinical={clinical}
            staff={staff}
            programs={programs.data ?? []}
          />
        ) : null}
      </div>
      <p className="muted small keyboard-hint">{t('clients.caseload.keyboardHint')}</p>
      <p className="coming-soon-note">{t('clients.comingSoonNote')}</p>
    </Page>
  );
}

/**
 * The width the caseload has on this screen: the main area's inside its padding (the shell is
 * on screen before the page is, so this is known before the first render of the list).
 */
function caseloadWidth(): number {
  const main = document.querySelector<HTMLElement>('.app-main');
  if (!main) return window.innerWidth;
  const style = getComputedStyle(main);
  return main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 2;
}

/** A failed page load, said plainly (the first page's query is shared with the table). */
function CaseloadProblem({ definition }: { definition: CaseloadDefinition }) {
  const { t } = useTranslation();
  const { error } = useCaseloadPages(definition, 0, 0);
  if (!error) return null;
  return (
    <ErrorAlert>
      {t('clients.caseload.loadFailed')} {errorMessage(t, error.error)}
    </ErrorAlert>
  );
}
