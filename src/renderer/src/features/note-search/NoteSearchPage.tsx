import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TFunction } from 'i18next';
import type { AppError } from '../../../../shared/result';
import { useLanternQuery } from '../../lib/client';
import { fieldMessage } from '../../lib/errors';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../ui/feedback';
import { Page } from '../../ui/Page';
import { NoteSearchForm } from './NoteSearchForm';
import { NoteSearchResults } from './NoteSearchResults';
import { readAddress, searchInput, toParams } from './searchParams';

const PAGE_SIZE = 25;
/** The channel's own minimum (noteSearchInputSchema): shorter, the page does not ask. */
const MIN_QUERY = 2;

/**
 * Search the progress notes a worker may read (`notes:search`). The address holds the search
 * (`?q=`, `?client=`, dates, author), so a link from a client file opens it already run, and
 * Back returns to the last one. Main decides which notes show and audits every search.
 */
export function NoteSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const address = readAddress(params);
  const key = params.toString();
  // A new search (a new address) starts again at its first page.
  const [paging, setPaging] = useState({ key, offset: 0 });
  const offset = paging.key === key ? paging.offset : 0;
  const setOffset = (next: number) => setPaging({ key, offset: next });
  const ready = address.query.trim().length >= MIN_QUERY;
  const search = useLanternQuery('notes:search', searchInput(address, offset, PAGE_SIZE), {
    enabled: ready,
  });
  const clientName = search.data?.hits[0]?.clientName;

  return (
    <Page title={t('noteSearch.title')} wide>
      <NoteSearchForm
        key={key}
        initial={{ query: address.query, from: address.from, to: address.to, authorId: address.authorId }}
        onSearch={(values) => setParams(toParams({ ...values, clientId: address.clientId }))}
      />
      {address.clientId ? (
        <p className="note-search-scope">
          {clientName ? t('noteSearch.onlyClientNamed', { name: clientName }) : t('noteSearch.onlyClient')}{' '}
          <Button
            className="button button-quiet"
            onPress={() => setParams(toParams({ ...address, clientId: undefined }))}
          >
            {t('noteSearch.allClients')}
          </Button>
        </p>
      ) : null}
      <section aria-labelledby="note-search-results" className="note-search-results">
        <h2 id="note-search-results" className="section-title">
          {t('noteSearch.results')}
        </h2>
        {!ready ? (
          <p>{t('noteSearch.prompt')}</p>
        ) : search.isPending ? (
          <LoadingMessage />
        ) : search.error ? (
          <ErrorAlert error={search.error.error}>{searchProblem(t, search.error.error)}</ErrorAlert>
        ) : search.data.hits.length === 0 ? (
          <StatusMessage tone="info">
            {offset === 0 ? t('noteSearch.none') : t('noteSearch.noMore')}
          </StatusMessage>
        ) : (
          <>
            <StatusMessage tone="info">
              {t('noteSearch.showing', {
                first: offset + 1,
                last: offset + search.data.hits.length,
              })}
            </StatusMessage>
            <NoteSearchResults hits={search.data.hits} firstNumber={offset + 1} />
            <div className="button-row">
              {offset > 0 ? (
                <Button
                  className="button button-quiet"
                  onPress={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
                >
                  {t('noteSearch.previous')}
                </Button>
              ) : null}
              {search.data.more ? (
                <Button className="button button-quiet" onPress={() => setOffset(offset + PAGE_SIZE)}>
                  {t('noteSearch.next')}
                </Button>
              ) : null}
            </div>
          </>
        )}
      </section>
    </Page>
  );
}

/** A refusal about the words typed ("nothing searchable") says so; anything else, main's sentence. */
function searchProblem(t: TFunction, error: AppError): string | undefined {
  const [key] = Object.values(error.fields ?? {});
  return fieldMessage(t, key);
}
