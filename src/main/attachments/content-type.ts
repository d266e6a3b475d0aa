import { fileTypeFromBuffer } from 'file-type';
import PizZip from 'pizzip';
import type { AttachmentType } from '../../shared/contracts/attachments';
import { ATTACHMENT_MIME_TYPES } from '../../shared/contracts/attachments';
import type { ErrorMessageKey } from '../errors';
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

const EXECUTABLES = new Set(['exe', 'elf', 'macho', 'dll', 'msi', 'class', 'wasm', 'dex', 'swf', 'apk', 'crx']);
const MACRO_OFFICE = new Set(['docm', 'dotm', 'xlsm', 'xltm', 'pptm', 'potm', 'ppsm']);
const ARCHIVES = new Set(['zip', '7z', 'rar', 'gz', 'tar', 'bz2', 'xz', 'cab', 'jar', 'xlsx', 'pptx', 'odt']);

const refuse = (messageKey: ErrorMessageKey, message: string, detected: string) =>
  new DomainError('invalid_input', message, undefined, { messageKey, detected });

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
    throw refuse('errors.attachment_type_archive', 'This archive could not be read as a Word document.', 'zip');
  }
  const contentTypes = zip.file('[Content_Types].xml')?.asText() ?? '';
  const names = Object.keys(zip.files);
  const hasMacros =
    /macroEnabled/i.test(contentTypes) || names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name));
  if (hasMacros)
    throw refuse('errors.attachment_type_macro', 'Documents with macros are not accepted.', 'docm');
  if (!/wordprocessingml\.document\.main\+xml/.test(contentTypes) || !zip.file('word/document.xml'))
    throw refuse('errors.attachment_type_archive', 'Zip archives are not accepted.', 'zip');
}

/**
 * The type of a file whose first chunk is `head`; `whole` gives the assembled bytes when the
 * answer needs them (a zip's parts can be anywhere in it).
 */
export async function judgeContent(head: Buffer, whole: () => Buffer): Promise<{ type: AttachmentType; mimeType: string }> {
  let found = await fileTypeFromBuffer(head);
  // A zip-based format is told apart by its parts, which may lie past the first chunk.
  if (found && (found.ext === 'zip' || found.mime.includes('openxmlformats') || MACRO_OFFICE.has(found.ext)))
    found = (await fileTypeFromBuffer(whole())) ?? found;
  const ext = found?.ext ?? '';
  if (EXECUTABLES.has(ext))
    throw refuse('errors.attachment_type_executable', 'Programs are not accepted as attachments.', ext);
  if (MACRO_OFFICE.has(ext))
    throw refuse('errors.attachment_type_macro', 'Documents with macros are not accepted.', ext);
  if (ARCHIVES.has(ext)) throw refuse('errors.attachment_type_archive', 'Zip archives are not accepted.', ext);
  if (!found && looksLikeScript(head))
    throw refuse('errors.attachment_type_script', 'Scripts are not accepted as attachments.', 'script');
  const type = ALLOWED[ext];
  if (!type)
    throw refuse(
      'errors.attachment_type_not_allowed',
      'This kind of file is not accepted. Add a PDF, JPEG, PNG, HEIC or Word (.docx) file.',
      ext || 'unknown',
    );
  if (type === 'docx') checkWordDocument(whole());
  return { type, mimeType: ATTACHMENT_MIME_TYPES[type] };
}
