import { z } from 'zod';

/**
 * What the log keeps of an unexpected error: its class, its code, and message and stack with
 * everything that may quote input removed. Error texts quote what they choke on — a JSON parse
 * error shows part of the damaged text, a file error the path (which can hold a client's name),
 * a zod error the values it refused — and a log file is neither encrypted nor audited.
 */
export interface ErrorReport {
  errorClass: string;
  code: string | null;
  message: string;
  stack: string[];
}

const MAX_MESSAGE = 200;
const MAX_FRAMES = 12;
/** Codes are identifiers such as ENOENT, SQLITE_CONSTRAINT_UNIQUE, ERR_INVALID_ARG_VALUE. */
const CODE = /^[\w.:-]{1,64}$/;
/** The first quote character: from there on a message may be quoting input. */
const QUOTE = /["'`\u2018\u201c]/;
/** A stack frame: "    at name (file:line:col)"; frames name code, not data. */
const FRAME = /^\s+at [^\n]{1,300}$/;

export function reportError(error: unknown): ErrorReport {
  if (error instanceof z.ZodError) {
    // The issues' codes and where they are, never their messages or the refused values.
    const issues = error.issues.slice(0, 5).map((issue) => `${issue.code} at ${pathOf(issue.path)}`);
    return {
      errorClass: 'ZodError',
      code: null,
      message: `${error.issues.length} issue(s): ${issues.join('; ')}`,
      stack: framesOf(error),
    };
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      errorClass: safeName(error.name || error.constructor.name),
      code: typeof code === 'string' && CODE.test(code) ? code : null,
      message: scrubMessage(error.message),
      stack: framesOf(error),
    };
  }
  return {
    errorClass: typeof error,
    code: null,
    message: '(a thrown value that is not an Error)',
    stack: [],
  };
}

/** Keeps the words before anything quoted; cuts numbers that may be a client's (phone, IDs). */
export function scrubMessage(message: string): string {
  const firstLine = message.split('\n', 1)[0] ?? '';
  const quote = firstLine.search(QUOTE);
  const kept = (quote === -1 ? firstLine : `${firstLine.slice(0, quote)}…`).slice(0, MAX_MESSAGE);
  return kept.replace(/\d{3,}/g, '#');
}

function framesOf(error: Error): string[] {
  return (error.stack ?? '')
    .split('\n')
    .filter((line) => FRAME.test(line))
    .slice(0, MAX_FRAMES)
    .map((line) => line.trim());
}

/** A path through a schema: field names stay, anything that looks like data (record keys) goes. */
function pathOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part) =>
      typeof part === 'number' || /^[a-z][A-Za-z0-9_]{0,40}$/.test(String(part)) ? String(part) : '?',
    )
    .join('.');
}

function safeName(name: string): string {
  return /^[A-Za-z_$][\w$]{0,60}$/.test(name) ? name : 'Error';
}
