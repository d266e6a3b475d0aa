import type { NoteFormatProblem } from '../../shared/domain/note-formats';

/**
 * The problems of a format file, each named by a code the screen translates
 * (`noteFormats.problems.<code>`) and placed at its path in the file. The schema's own messages
 * are English sentences for developers; these codes are what an administrator reads. Pure.
 */
export const NOTE_FORMAT_PROBLEM_CODES = [
  'not_json',
  'too_large',
  'not_object',
  'bad_id',
  'bad_version',
  'bad_section_id',
  'duplicate_section',
  'english_missing',
  'sections_count',
  'unknown_field',
  'wrong_type',
  'invalid_value',
  'shipped_id',
  'version_exists',
] as const;
export type NoteFormatProblemCode = (typeof NOTE_FORMAT_PROBLEM_CODES)[number];

export interface NamedProblem {
  /** Where in the file: `sections.1.label.en`; '' for the file as a whole. */
  path: string;
  code: NoteFormatProblemCode;
}

/** One of parseNoteFormatText's problems, named. Unknown keys are placed at the key itself. */
export function nameProblem(problem: NoteFormatProblem): NamedProblem[] {
  const { path, detail } = problem;
  if (detail === 'not JSON') return [{ path, code: 'not_json' }];
  if (detail === 'file too large') return [{ path, code: 'too_large' }];
  if (detail === 'duplicate section id') return [{ path, code: 'duplicate_section' }];
  if (detail.startsWith('Unrecognized key')) {
    const keys = [...detail.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
    return (keys.length ? keys : ['']).map((key) => ({
      path: [path, key].filter(Boolean).join('.'),
      code: 'unknown_field',
    }));
  }
  if (path === '' && detail.includes('expected object')) return [{ path, code: 'not_object' }];
  if (path === 'id') return [{ path, code: 'bad_id' }];
  if (path === 'version') return [{ path, code: 'bad_version' }];
  if (/^sections\.\d+\.id$/.test(path)) return [{ path, code: 'bad_section_id' }];
  if (path === 'sections' && /^Too (?:small|big)/.test(detail)) return [{ path, code: 'sections_count' }];
  if (path.endsWith('.en')) return [{ path, code: 'english_missing' }];
  if (detail.startsWith('Invalid input: expected')) return [{ path, code: 'wrong_type' }];
  return [{ path, code: 'invalid_value' }];
}

/**
 * Section ids used twice. The schema only looks for these once the rest of the file is valid;
 * an administrator fixing a file wants them all at once, so they are found in the raw JSON too.
 */
export function duplicateSectionProblems(json: unknown): NamedProblem[] {
  const sections = (json as { sections?: unknown } | null)?.sections;
  if (!Array.isArray(sections)) return [];
  const seen = new Set<string>();
  const problems: NamedProblem[] = [];
  sections.forEach((section: unknown, index) => {
    const id = (section as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    if (seen.has(id)) problems.push({ path: `sections.${index}.id`, code: 'duplicate_section' });
    seen.add(id);
  });
  return problems;
}

/** The file's `id`, if it has one that is a string: to refuse a shipped id even in a broken file. */
export function rawFormatId(text: string): string | null {
  try {
    const id = (JSON.parse(text) as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/** Problems in file order of discovery, one per path (the first found at a path wins). */
export function onePerPath(problems: readonly NamedProblem[]): NamedProblem[] {
  const byPath = new Map<string, NamedProblem>();
  for (const problem of problems) if (!byPath.has(problem.path)) byPath.set(problem.path, problem);
  return [...byPath.values()];
}
