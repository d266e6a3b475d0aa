import type { NoteFormatEntry } from '../../shared/contracts/progress-notes';
import { parseNoteFormatText } from '../../shared/domain/note-formats';
import { DomainError } from '../errors';
import type { RequestContext } from '../request/context';
import type { NamedProblem } from './format-problems';
import { duplicateSectionProblems, nameProblem, onePerPath, rawFormatId } from './format-problems';
import type { ShippedNoteFormats } from './formats';
import { noteFormatCatalogue } from './formats';
import { readNoteSettings } from './settings';
import { clinicNoteFormatExists, insertNoteFormat } from './repository';

/** Administration → Note formats, and every note editor's list of formats. */

export const listNoteFormats = (ctx: RequestContext, shipped: ShippedNoteFormats) => ({
  formats: noteFormatCatalogue(ctx.db, shipped),
  defaultFormatId: readNoteSettings(ctx.db).defaultFormatId,
});

/** At most this many problems are listed: a file with more is not close to right. */
const MAX_LISTED = 50;

/** Everything wrong with a format file: the schema's problems, duplicates, a shipped id. */
function problemsOf(ctx: RequestContext, shipped: ShippedNoteFormats, text: string): NamedProblem[] {
  const parsed = parseNoteFormatText(text);
  const problems: NamedProblem[] = parsed.ok ? [] : parsed.problems.flatMap(nameProblem);
  if (!parsed.ok && problems[0]?.code !== 'not_json' && problems[0]?.code !== 'too_large') {
    problems.push(...duplicateSectionProblems(JSON.parse(text)));
  }
  const id = parsed.ok ? parsed.format.id : rawFormatId(text);
  // A shipped id cannot be reused: a note naming "dap" must always mean Lantern's DAP.
  if (id !== null && shipped().some((format) => format.id === id)) {
    problems.unshift({ path: 'id', code: 'shipped_id' });
  } else if (parsed.ok && clinicNoteFormatExists(ctx.db, parsed.format.id, parsed.format.version)) {
    problems.push({ path: 'version', code: 'version_exists' });
  }
  return onePerPath(problems);
}

/**
 * Adds a clinic's format file after checking all of it. A refusal names every problem as a
 * field (`problems.<path in the file>` → catalogue key) so the screen can list them; `text`
 * carries the first. Nothing is kept unless the whole file is right.
 */
export function addNoteFormat(
  ctx: RequestContext,
  shipped: ShippedNoteFormats,
  text: string,
): NoteFormatEntry {
  const problems = problemsOf(ctx, shipped, text);
  if (problems.length > 0) {
    const fields: Record<string, string> = { text: `noteFormats.problems.${problems[0]!.code}` };
    for (const problem of problems.slice(0, MAX_LISTED)) {
      fields[`problems.${problem.path || '(file)'}`] = `noteFormats.problems.${problem.code}`;
    }
    const conflict = problems.every(
      (problem) => problem.code === 'shipped_id' || problem.code === 'version_exists',
    );
    throw new DomainError(
      conflict ? 'conflict' : 'invalid_input',
      `The note format file has ${problems.length} problem(s): ${problems
        .map((problem) => `${problem.path || '(file)'} ${problem.code}`)
        .join(', ')}`,
      fields,
      { messageKey: 'errors.note_format_invalid', count: problems.length },
    );
  }
  const parsed = parseNoteFormatText(text);
  if (!parsed.ok) throw new Error('unreachable: a file without problems parses');
  const { format } = parsed;
  const at = ctx.now.toISOString();
  ctx.db.transaction(() => {
    insertNoteFormat(ctx.db, {
      id: format.id,
      version: format.version,
      definition: JSON.stringify(format),
      at,
      by: ctx.actor.id,
      byName: ctx.actor.fullName,
    });
    ctx.audit({
      action: 'note_format.added',
      details: { formatId: format.id, version: format.version, sections: format.sections.length },
    });
  })();
  return { format, origin: 'clinic', addedAt: at, addedByName: ctx.actor.fullName };
}
