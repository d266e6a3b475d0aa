import type { z } from 'zod';
import type { snippetPartSchema } from '../../shared/contracts/progress-notes';
import { MATCH_END, MATCH_START } from '../db/migrations/0019-note-search';

type SnippetPart = z.infer<typeof snippetPartSchema>;

/**
 * FTS5's `snippet()` marks the matched words with two private-use characters (the index never
 * holds them: 0019 strips them from the text). Splitting on them gives the screen plain text
 * parts, so no HTML ever crosses IPC and nothing in a note can pass for a highlight.
 */
export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, match: boolean) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  for (const [index, piece] of marked.split(MATCH_START).entries()) {
    if (index === 0) {
      push(piece, false);
      continue;
    }
    const end = piece.indexOf(MATCH_END);
    if (end === -1) push(piece, true);
    else {
      push(piece.slice(0, end), true);
      push(piece.slice(end + MATCH_END.length).replaceAll(MATCH_END, ''), false);
    }
  }
  return parts;
}
