import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { contract, type ChannelName } from '../../../src/shared/contracts';
import { invalidateAfter, invalidation, staleAfter } from '../../../src/renderer/src/lib/invalidation';
import { lanternKey } from '../../../src/renderer/src/lib/keys';

/** A query client holding a cached answer for each of these calls. */
function cacheWith(keys: readonly (readonly unknown[])[]): QueryClient {
  const queryClient = new QueryClient();
  for (const key of keys) queryClient.setQueryData([...key], { cached: true });
  return queryClient;
}

const invalidated = (queryClient: QueryClient, key: readonly unknown[]) =>
  queryClient.getQueryState([...key])?.isInvalidated ?? false;

describe('invalidation declared per channel', () => {
  it('names only channels of the contract, on both sides', () => {
    for (const [channel, entry] of Object.entries(invalidation)) {
      expect(contract, channel).toHaveProperty([channel]);
      const stale = 'always' in entry ? entry.always : entry;
      for (const query of stale) expect(contract, `${channel} → ${query}`).toHaveProperty([query]);
    }
  });

  it('marks every cached call of the stale channels, whatever its input, and nothing else', async () => {
    const queryClient = cacheWith([
      lanternKey('careTeam:list', { clientId: 'a' }),
      lanternKey('careTeam:list', { clientId: 'b' }),
      lanternKey('clients:history', { clientId: 'a' }),
      lanternKey('diagnoses:list', { clientId: 'a' }),
      lanternKey('accounts:list', {}),
    ]);
    await invalidateAfter(queryClient, 'careTeam:add', 'success');
    expect(invalidated(queryClient, lanternKey('careTeam:list', { clientId: 'a' }))).toBe(true);
    expect(invalidated(queryClient, lanternKey('careTeam:list', { clientId: 'b' }))).toBe(true);
    expect(invalidated(queryClient, lanternKey('clients:history', { clientId: 'a' }))).toBe(true);
    expect(invalidated(queryClient, lanternKey('diagnoses:list', { clientId: 'a' }))).toBe(false);
    expect(invalidated(queryClient, lanternKey('accounts:list', {}))).toBe(false);
  });

  it('after a refused call, only what a failure changes too', async () => {
    const queryClient = cacheWith([lanternKey('accounts:list', {}), lanternKey('backup:status', {})]);
    await invalidateAfter(queryClient, 'accounts:create', 'failure');
    expect(invalidated(queryClient, lanternKey('accounts:list', {}))).toBe(false);
    await invalidateAfter(queryClient, 'backup:run', 'failure');
    expect(invalidated(queryClient, lanternKey('backup:status', {}))).toBe(true);
  });

  it('a channel that changes nothing makes nothing stale', () => {
    const readOnly: ChannelName[] = ['app:status', 'caseload:list', 'clients:get', 'audit:list'];
    for (const channel of readOnly) {
      expect(staleAfter(channel, 'success')).toEqual([]);
      expect(staleAfter(channel, 'failure')).toEqual([]);
    }
  });
});
