import PizZip from 'pizzip';
import { TEMPLATE_LIMITS } from '../../shared/contracts/document-templates';
import { DomainError } from '../errors';

/**
 * Is this file a Word document Lantern may keep and fill? Judged by its bytes, never its name: a
 * ZIP package with a main document part of the plain `.docx` type. Macro-enabled documents
 * (`.docm`, a VBA project) and ActiveX controls are refused — Lantern never runs a template's
 * code, and it does not keep code for someone else's Word to run either.
 */

const MAIN_DOCUMENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
/** Parts that carry code: a VBA project, macro-enabled content types, ActiveX controls. */
const CODE_PART = /(?:^|\/)vbaProject\.bin$|(?:^|\/)activeX\//i;
const CODE_CONTENT_TYPE = /macroEnabled|vbaProject|activeX/i;

type FileProblem = 'too_large' | 'not_docx' | 'damaged' | 'has_macros';

/** A refusal of the file itself, in its sentence `errors.template_file_<problem>`. */
const refuse = (problem: FileProblem, message: string) =>
  new DomainError('invalid_input', message, undefined, {
    messageKey: `errors.template_file_${problem}`,
    limitMb: TEMPLATE_LIMITS.maxBytes / (1024 * 1024),
  });

/** The chunks of base64 the screen sent, as the file's bytes (size checked before decoding all). */
export function bytesFromChunks(chunks: readonly string[]): Uint8Array {
  const approximate = chunks.reduce((sum, chunk) => sum + Math.floor((chunk.length * 3) / 4), 0);
  if (approximate > TEMPLATE_LIMITS.maxBytes + 3)
    throw refuse('too_large', 'The template is larger than the limit.');
  const bytes = new Uint8Array(Buffer.from(chunks.join(''), 'base64'));
  if (bytes.length > TEMPLATE_LIMITS.maxBytes)
    throw refuse('too_large', 'The template is larger than the limit.');
  return bytes;
}

const isZip = (bytes: Uint8Array) =>
  bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

interface ZipEntry {
  name: string;
  dir: boolean;
  _data?: { uncompressedSize?: number };
}

/** Opens and checks a .docx package; every refusal says what is wrong with the file. */
export function openDocxPackage(bytes: Uint8Array): PizZip {
  if (bytes.length === 0 || !isZip(bytes))
    throw refuse('not_docx', 'The file is not a Word document (.docx).');
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    throw refuse('damaged', 'The file is damaged: it cannot be opened as a .docx.');
  }
  const entries = Object.values(zip.files) as unknown as ZipEntry[];
  if (entries.some((entry) => CODE_PART.test(entry.name)))
    throw refuse('has_macros', 'The document contains macros or ActiveX controls.');
  // A small file that unpacks to gigabytes would stall the core: the parts together stay bounded.
  const unpacked = entries.reduce((sum, entry) => sum + (entry._data?.uncompressedSize ?? 0), 0);
  if (unpacked > TEMPLATE_LIMITS.maxUnpackedBytes)
    throw refuse('too_large', 'The document unpacks to more than the limit.');
  const types = readText(zip, '[Content_Types].xml');
  if (types === null || !zip.file('word/document.xml'))
    throw refuse('not_docx', 'The file is not a Word document (.docx).');
  if (CODE_CONTENT_TYPE.test(types)) throw refuse('has_macros', 'The document is macro-enabled (.docm).');
  if (!types.includes(MAIN_DOCUMENT_TYPE))
    throw refuse('not_docx', 'The file is not a Word document (.docx).');
  if (readText(zip, 'word/document.xml') === null)
    throw refuse('damaged', 'The file is damaged: its text cannot be read.');
  return zip;
}

/** A part's text, or null when the part is missing or cannot be inflated. */
export function readText(zip: PizZip, name: string): string | null {
  try {
    return zip.file(name)?.asText() ?? null;
  } catch {
    return null;
  }
}

/** The package as bytes again (after a conversion rewrote parts of it). */
export const packageBytes = (zip: PizZip): Uint8Array =>
  zip.generate({ type: 'uint8array', compression: 'DEFLATE' });

/** The parts docxtemplater fills: the body, headers and footers (footnotes stay as written). */
export const TEXT_PARTS = /^word\/(?:document|header\d*|footer\d*)\.xml$/;

export const textPartNames = (zip: PizZip): string[] =>
  Object.keys(zip.files)
    .filter((name) => TEXT_PARTS.test(name))
    .sort((a, b) => (a === 'word/document.xml' ? -1 : b === 'word/document.xml' ? 1 : a.localeCompare(b)));
