import type { NoteSearchInput } from '../../../../shared/contracts/progress-notes';

/** What the page's address says: `/notes/search?q=…&client=…&from=…&to=…&author=…`. */
export interface NoteSearchAddress {
  query: string;
  clientId?: string;
  from?: string;
  to?: string;
  authorId?: string;
}

const PARAM: Record<keyof NoteSearchAddress, string> = {
  query: 'q',
  clientId: 'client',
  from: 'from',
  to: 'to',
  authorId: 'author',
};

/** The search the address asks for (links from a client file or the timeline open it directly). */
export function readAddress(params: URLSearchParams): NoteSearchAddress {
  const address: NoteSearchAddress = { query: params.get(PARAM.query) ?? '' };
  for (const key of ['clientId', 'from', 'to', 'authorId'] as const) {
    const value = params.get(PARAM[key]);
    if (value) address[key] = value;
  }
  return address;
}

export function toParams(address: NoteSearchAddress): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(PARAM) as [keyof NoteSearchAddress, string][]) {
    const value = address[key];
    if (value) params.set(name, value);
  }
  return params;
}

/** The channel's input for one page of results. */
export function searchInput(address: NoteSearchAddress, offset: number, limit: number): NoteSearchInput {
  return {
    query: address.query,
    ...(address.clientId ? { clientId: address.clientId } : {}),
    ...(address.from ? { from: address.from } : {}),
    ...(address.to ? { to: address.to } : {}),
    ...(address.authorId ? { authorId: address.authorId } : {}),
    limit,
    offset,
  };
}
