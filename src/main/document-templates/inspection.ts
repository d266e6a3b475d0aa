import type PizZip from 'pizzip';
import type {
  MergeFieldFinding,
  TemplateFindings,
  TemplateProblem,
} from '../../shared/contracts/document-templates';
import { DomainError } from '../errors';
import { compileTemplate } from './compile';
import { convertMergeFields, findMergeFields } from './merge-fields';
import { openDocxPackage, packageBytes, readText, textPartNames } from './package';

/**
 * Reading an uploaded .docx: the file checked by its bytes, its mail-merge fields found (and, when
 * asked, converted), its tags checked against the field catalogue. The same reading serves the
 * upload's first step (findings only) and its second (the bytes to keep).
 */

export interface InspectedTemplate {
  findings: TemplateFindings;
  /** The package as it would be kept: with the mappable mail-merge fields converted, if asked. */
  bytes: Uint8Array;
  mergeFieldsConverted: number;
}

function mergeFieldFindings(zip: PizZip): MergeFieldFinding[] {
  const counted = new Map<string, MergeFieldFinding>();
  for (const name of textPartNames(zip)) {
    for (const found of findMergeFields(readText(zip, name) ?? '')) {
      const key = found.name.toLowerCase();
      const entry = counted.get(key) ?? { name: found.name, field: found.field, count: 0 };
      entry.count += 1;
      counted.set(key, entry);
    }
  }
  return [...counted.values()];
}

function convertAll(zip: PizZip): number {
  let converted = 0;
  for (const name of textPartNames(zip)) {
    const result = convertMergeFields(readText(zip, name) ?? '');
    if (result.converted === 0) continue;
    zip.file(name, result.xml);
    converted += result.converted;
  }
  return converted;
}

/**
 * The findings for a file. Problems are those of the template as it would be kept with the
 * convertible mail-merge fields converted (a converted field is a known field: it adds none).
 */
export function inspectTemplate(bytes: Uint8Array, convert: boolean): InspectedTemplate {
  const zip = openDocxPackage(bytes);
  const mergeFields = mergeFieldFindings(zip);
  const mergeFieldsConverted = convert ? convertAll(zip) : 0;
  const kept = mergeFieldsConverted > 0 ? packageBytes(zip) : bytes;
  const compiled = compileTemplate(openDocxPackage(kept));
  return {
    findings: {
      fields: compiled.fields.map((field) => field.path),
      mergeFields,
      problems: compiled.problems,
    },
    bytes: kept,
    mergeFieldsConverted,
  };
}

/**
 * A template that cannot be filled, refused with its first problem in full: what is wrong, the
 * tag, and the paragraph (the upload screen lists every problem from the findings).
 */
export function templateProblemError(problem: TemplateProblem, count: number): DomainError {
  return new DomainError(
    'invalid_input',
    `The template has ${count} problem(s); the first: ${problem.problem} at "${problem.tag}".`,
    undefined,
    {
      messageKey: `errors.template_${problem.problem}`,
      tag: problem.tag,
      paragraph: problem.paragraph ?? '?',
      excerpt: problem.excerpt,
      count,
    },
  );
}
