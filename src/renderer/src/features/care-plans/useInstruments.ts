import { useMemo } from 'react';
import { useLanternQuery } from '../../lib/client';
import { instrumentName } from './labels';

/**
 * The clinic's instruments for a goal's measure: the shipped ones and those an administrator
 * added (`measures:instruments`), by their abbreviation. Until the catalogue answers, the shipped
 * names stand in; an id the catalogue no longer knows is still offered, as itself, so a goal
 * already linked to it keeps its choice.
 */
export function useInstruments(current?: string | null) {
  const query = useLanternQuery('measures:instruments', {}, { staleTime: 5 * 60_000 });
  return useMemo(() => {
    const names = new Map((query.data ?? []).map((e) => [e.definition.id, e.definition.abbreviation]));
    const nameOf = (id: string) => names.get(id) ?? instrumentName(id);
    const ids = names.size > 0 ? [...names.keys()] : ['phq-9', 'gad-7', 'pcl-5', 'audit-c'];
    if (current && !ids.includes(current)) ids.push(current);
    return { options: ids.map((id) => ({ id, label: nameOf(id) })), nameOf };
  }, [query.data, current]);
}
