import { fileTypeFromBuffer } from 'file-type';
import PizZip from 'pizzip';
import type { AttachmentType } from '../../shared/contracts/attachments';
import { ATTACHMENT_MIME_TYPES } from '../../shared/contracts/attachments';
import { DomainError } from '../errors';

/**
 * What a file is, judged by its bytes (file-type's magic numbers), never by its name: a program
 * renamed `scan.pdf` is still a program, and a PDF named `photo.jpg` is still a PDF. Allowed:
 * PDF, JPEG, PNG, HEIC and Word (.docx) without macros. Everything else is refused with a
 * sentence that says what it looked like (a program, a script, a macro document, an archive).
 */

const ALLOWED: Record<string, AttachmentType> = {
  pdf: 'pdf',
  jpg: 'jpg',
  png: 'png',
  heic: 'heic',
  docx: 'docx',
};

const EXECUTABLES = new Set([
  'exe',
  'elf',
  'macho',
  'dll',
  'msi',
  'class',
  'wasm',
  'dex',
  'swf',
  'apk',
  'crx',
]);
const MACRO_OFFICE = new Set(['docm', 'dotm', 'xlsm', 'xltm', 'pptm', 'potm', 'ppsm']);
const ARCHIVES = new Set(['zip', '7z', 'rar', 'gz', 'tar', 'bz2', 'xz', 'cab', 'jar', 'xlsx', 'pptx', 'odt']);

/** The refusals, each saying what the file looked like (`detected`: file-type's name for it). */
const refusal = {
  executable: (detected: string) =>
    new DomainError('invalid_input', 'Programs are not accepted as attachments.', undefined, {
      messageKey: 'errors.attachment_type_executable',
      detected,
    }),
  macro: (detected: string) =>
    new DomainError('invalid_input', 'Documents with macros are not accepted.', undefined, {
      messageKey: 'errors.attachment_type_macro',
      detected,
    }),
  archive: (detected: string) =>
    new DomainError('invalid_input', 'Zip archives are not accepted.', undefined, {
      messageKey: 'errors.attachment_type_archive',
      detected,
    }),
  script: () =>
    new DomainError('invalid_input', 'Scripts are not accepted as attachments.', undefined, {
      messageKey: 'errors.attachment_type_script',
      detected: 'script',
    }),
  notAllowed: (detected: string) =>
    new DomainError(
      'invalid_input',
      'This kind of file is not accepted. Add a PDF, JPEG, PNG, HEIC or Word (.docx) file.',
      undefined,
      { messageKey: 'errors.attachment_type_not_allowed', detected },
    ),
};

/** A shell, Python or other script starts with `#!`; a Windows batch or PowerShell file with text we cannot judge. */
const looksLikeScript = (head: Buffer) => head.subarray(0, 2).toString('latin1') === '#!';

/**
 * A .docx is a zip whose content types name the Word document part, with no VBA project. A
 * macro-enabled document renamed .docx says `macroEnabled` in `[Content_Types].xml` or carries
 * `vbaProject.bin`: refused as a macro document.
 */
function checkWordDocument(bytes: Buffer): void {
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    throw refusal.archive('zip');
  }
  const contentTypes = zip.file('[Content_Types].xml')?.asText() ?? '';
  const names = Object.keys(zip.files);
  const hasMacros =
    /macroEnabled/i.test(contentTypes) || names.some((name) => /(?:^|\/)vbaProject\.bin$/i.test(name));
  if (hasMacros) throw refusal.macro('docm');
  if (!/wordprocessingml\.document\.main\+xml/.test(contentTypes) || !zip.file('word/document.xml'))
    throw refusal.archive('zip');
}

/**
 * The type of a file whose first chunk is `head`; `whole` gives the assembled bytes when the
 * answer needs them (a zip's parts can be anywhere in it).
 */
export async function judgeContent(
  head: Buffer,
  whole: () => Buffer,
): Promise<{ type: AttachmentType; mimeType: string }> {
  let found = await fileTypeFromBuffer(head);
  // A zip-based format is told apart by its parts, which may lie past the first chunk.
  if (found && (found.ext === 'zip' || found.mime.includes('openxmlformats') || MACRO_OFFICE.has(found.ext)))
    found = (await fileTypeFromBuffer(whole())) ?? found;
  const ext = found?.ext ?? '';
  if (EXECUTABLES.has(ext)) throw refusal.executable(ext);
  if (MACRO_OFFICE.has(ext)) throw refusal.macro(ext);
  if (ARCHIVES.has(ext)) throw refusal.archive(ext);
  if (!found && looksLikeScript(head)) throw refusal.script();
  const type = ALLOWED[ext];
  if (!type) throw refusal.notAllowed(ext || 'unknown');
  if (type === 'docx') checkWordDocument(whole());
  return { type, mimeType: ATTACHMENT_MIME_TYPES[type] };
}
