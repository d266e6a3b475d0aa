import type { TemplateProblem, TemplateProblemId } from '../../shared/contracts/document-templates';
import { excerptOf, paragraphAt, paragraphsOf } from './paragraphs';

/**
 * docxtemplater's TemplateErrors in Lantern's words: which problem (one of TEMPLATE_PROBLEMS,
 * each a sentence of the catalogue in English and Spanish), the tag, and the paragraph it is in.
 * docxtemplater gives an error's `id`, its tag (`xtag`, or the loop's opening and closing tags),
 * and its `offset` in the part's text; the paragraph is found from the offset.
 */

const BY_DOCXTEMPLATER_ID: Record<string, TemplateProblemId> = {
  unclosed_tag: 'unclosed_tag',
  unopened_tag: 'unopened_tag',
  duplicate_open_tag: 'duplicate_open_tag',
  duplicate_close_tag: 'duplicate_close_tag',
  unclosed_loop: 'unclosed_loop',
  unopened_loop: 'unopened_loop',
  closing_tag_does_not_match_opening_tag: 'loop_mismatch',
  unbalanced_loop_tags: 'loop_mismatch',
  loop_position_invalid: 'loop_position',
  scopeparser_compilation_failed: 'bad_expression',
  raw_tag_outerxml_invalid: 'raw_xml',
  raw_xml_tag_should_be_only_text_in_paragraph: 'raw_xml',
};

interface ErrorProperties {
  id?: string;
  xtag?: string;
  openingtag?: string;
  closingtag?: string;
  offset?: number | number[];
  file?: string;
  errors?: { properties?: ErrorProperties }[];
}

const partOf = (file: string): TemplateProblem['part'] =>
  file.includes('header') ? 'header' : file.includes('footer') ? 'footer' : 'body';

/** A problem at an offset of a part: its paragraph's number and the start of its text. */
export function problemAt(
  problem: TemplateProblemId,
  tag: string,
  offset: number | undefined,
  file: string,
  xml: string | undefined,
): TemplateProblem {
  const paragraph = offset === undefined || xml === undefined ? null : paragraphAt(paragraphsOf(xml), offset);
  const written =
    paragraph && offset !== undefined && AS_WRITTEN.has(problem)
      ? writtenTag(paragraph.text, offset - paragraph.start)
      : null;
  return {
    problem,
    tag: excerptOf(written ?? tag, 80),
    paragraph: paragraph?.number ?? null,
    excerpt: paragraph ? excerptOf(paragraph.text) : '',
    part: partOf(file),
  };
}

/**
 * For a brace that is never closed or doubled, docxtemplater's tag runs on into the next paragraph
 * or is cut short; the tag as written in its paragraph (braces included) is what to look for.
 */
const AS_WRITTEN: ReadonlySet<TemplateProblemId> = new Set(['unclosed_tag', 'duplicate_open_tag']);

function writtenTag(text: string, at: number): string | null {
  const start = text.lastIndexOf('{', Math.min(Math.max(at, 0), text.length - 1));
  if (start < 0) return null;
  let begin = start;
  while (begin > 0 && text[begin - 1] === '{') begin -= 1;
  const close = text.indexOf('}', start);
  return text.slice(begin, close < 0 ? text.length : close + 1);
}

function tagOf(properties: ErrorProperties): string {
  if (properties.openingtag !== undefined)
    return `${properties.openingtag} … ${properties.closingtag ?? ''}`.trim();
  return properties.xtag ?? '';
}

/**
 * Every problem a failed compile reported (docxtemplater gathers them in one multi error). An
 * error that is not a template error (the XML itself is broken) is one `unreadable` problem.
 */
export function problemsOfError(error: unknown, parts: ReadonlyMap<string, string>): TemplateProblem[] {
  const properties = (error as { properties?: ErrorProperties } | null)?.properties;
  const each = properties?.errors?.map((e) => e.properties ?? {}) ?? [properties ?? {}];
  return each.map((p) => {
    const file = p.file ?? 'word/document.xml';
    const offset = Array.isArray(p.offset) ? p.offset[0] : p.offset;
    const problem = (p.id && BY_DOCXTEMPLATER_ID[p.id]) || 'unreadable';
    return problemAt(problem, tagOf(p), offset, file, parts.get(file));
  });
}
