import Docxtemplater from 'docxtemplater';
import expressionParser from 'docxtemplater/expressions.js';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import type PizZip from 'pizzip';
import type { TemplateProblem } from '../../shared/contracts/document-templates';
import type { TemplateFieldDefinition } from '../../shared/domain/template-fields';
import { TEMPLATE_FIELDS, resolveTemplateTag } from '../../shared/domain/template-fields';
import { readText, textPartNames } from './package';
import { problemAt, problemsOfError } from './template-errors';

/**
 * A template read by docxtemplater: its tags checked against the field catalogue, ready to be
 * filled — or the list of what is wrong with it. Compiling parses the tags; nothing a template
 * says is evaluated here, and a tag is evaluated at filling time only once it is known to be a
 * plain field of the catalogue (the angular-expressions parser then only looks a name up).
 */

/**
 * docxtemplater's documented angular-expressions setup, in its CSP mode (an interpreter, no
 * generated functions) and with no filters: `{name | anything}` is refused when compiled.
 */
const parser = expressionParser.configure({ csp: true, filters: {} });

export interface CompiledTemplate {
  /** Null when the template has problems: it cannot be filled. */
  doc: Docxtemplater | null;
  fields: TemplateFieldDefinition[];
  problems: TemplateProblem[];
}

interface StructuredPart {
  type: string;
  value: string;
  module?: string;
  offset?: number;
  subparsed?: StructuredPart[];
}

/** A field name as a tag may hold it: names joined by dots, nothing else (no calculation, no call). */
const PLAIN_PATH = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;

/** Reads the template; its tags and structure decide whether it can be filled. */
export function compileTemplate(zip: PizZip): CompiledTemplate {
  const parts = new Map(textPartNames(zip).map((name) => [name, readText(zip, name) ?? '']));
  const inspect = new InspectModule();
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      parser,
      // Every tag is checked against the catalogue first, so an empty value is a field the
      // record does not have (no phone number): it prints as nothing, never as "undefined".
      nullGetter: () => '',
      errorLogging: false,
      modules: [inspect],
    });
  } catch (error) {
    return { doc: null, fields: [], problems: problemsOfError(error, parts) };
  }
  const used = new Map<string, TemplateFieldDefinition>();
  const problems: TemplateProblem[] = [];
  for (const [file, xml] of parts) {
    const tags = inspect.getStructuredTags(file) as unknown as StructuredPart[];
    checkTags(
      tags,
      [],
      (problem, tag, offset) => problems.push(problemAt(problem, tag, offset, file, xml)),
      used,
    );
  }
  const fields = TEMPLATE_FIELDS.filter((field) => used.has(field.path));
  return problems.length > 0 ? { doc: null, fields, problems } : { doc, fields, problems };
}

type Report = (problem: TemplateProblem['problem'], tag: string, offset: number | undefined) => void;

function checkTags(
  tags: readonly StructuredPart[],
  loops: readonly string[],
  report: Report,
  used: Map<string, TemplateFieldDefinition>,
): void {
  for (const part of tags) {
    if (part.type !== 'placeholder') continue;
    const tag = part.value.trim();
    if (part.module === 'rawxml') {
      report('raw_xml', tag, part.offset);
      continue;
    }
    if (!PLAIN_PATH.test(tag)) {
      report('bad_expression', tag, part.offset);
      continue;
    }
    const field = resolveTemplateTag(tag, loops);
    if (!field) {
      report('unknown_field', tag, part.offset);
      continue;
    }
    const isLoop = part.module === 'loop';
    if (field.type === 'list' && !isLoop) {
      report('list_as_field', tag, part.offset);
      continue;
    }
    used.set(field.path, field);
    if (isLoop && part.subparsed)
      checkTags(part.subparsed, field.type === 'list' ? [...loops, field.path] : loops, report, used);
  }
}
