import { z } from 'zod';
import { DomainError } from '../errors';

/**
 * The page cursor: where the previous page ended (its last item's instant and id) and whose
 * timeline it belongs to. Opaque to the screen (base64url of JSON) but checked here: anything
 * that is not one Lantern wrote for this client — edited, truncated, another client's — is a
 * clear `invalid_input`, never a silently different page.
 */
// Every id prefix the timeline's UNION ALL writes (repository.ts): one letter or two per source.
const ITEM_ID = /^(?:[adhmrs]|al|ak|ar|at|dc|nr|re):[0-9A-Za-z-]{1,64}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z$/;

const cursorSchema = z.strictObject({
  client: z.string().min(1).max(64),
  at: z.string().regex(INSTANT),
  id: z.string().regex(ITEM_ID),
});

export interface TimelinePosition {
  at: string;
  id: string;
}

export const encodeCursor = (clientId: string, position: TimelinePosition): string =>
  Buffer.from(JSON.stringify({ client: clientId, at: position.at, id: position.id })).toString('base64url');

const badCursor = () =>
  new DomainError(
    'invalid_input',
    'This timeline page marker is not one Lantern gave for this client: start again from the newest.',
    { cursor: 'validation.invalid' },
    { messageKey: 'errors.timeline_bad_cursor' },
  );

export function decodeCursor(clientId: string, cursor: string): TimelinePosition {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw badCursor();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  const read = cursorSchema.safeParse(parsed);
  if (!read.success || read.data.client !== clientId) throw badCursor();
  return { at: read.data.at, id: read.data.id };
}
