import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AddTemplateInput,
  DocumentTemplate,
  ExampleTemplateId,
  TemplateFieldEntry,
  TemplateFindings,
} from '../../shared/contracts/document-templates';
import { TEMPLATE_FIELDS, fieldTag } from '../../shared/domain/template-fields';
import { DomainError } from '../errors';
import { newId } from '../ids';
import type { RequestContext } from '../request/context';
import { inspectTemplate, templateProblemError } from './inspection';
import { bytesFromChunks } from './package';
import {
  activeNameTaken,
  archiveTemplate,
  findTemplate,
  insertTemplate,
  insertVersion,
  readTemplates,
} from './repository';

/**
 * The clinic's Word templates, kept by administrators and supervisors (`documents:manage_templates`).
 * A template is wording and layout, no client information: any worker may list them to fill one.
 */

export const templateNotFound = () =>
  new DomainError('not_found', 'That Word template was not found.', undefined, {
    messageKey: 'errors.template_not_found',
  });

export const templateArchived = () =>
  new DomainError('wrong_state', 'That Word template is archived.', undefined, {
    messageKey: 'errors.template_archived',
  });

export const listTemplates = (ctx: RequestContext, input: { includeArchived: boolean }): DocumentTemplate[] =>
  readTemplates(ctx.db, input.includeArchived);

/** The field reference: every field with the demo client's example. */
export const templateFields = (): TemplateFieldEntry[] =>
  TEMPLATE_FIELDS.map((field) => ({
    path: field.path,
    tag: fieldTag(field),
    type: field.type,
    kind: field.kind,
    list: 'list' in field ? field.list : null,
    example: field.example,
  }));

export function inspectUpload(_ctx: RequestContext, input: { content: string[] }): TemplateFindings {
  return inspectTemplate(bytesFromChunks(input.content), true).findings;
}

type AddInput = Required<Omit<AddTemplateInput, 'content'>> & { content: string[] };

/** Keeps the file as a new template, or as the next version of one; refused while it has a problem. */
export function addTemplate(ctx: RequestContext, input: AddInput): DocumentTemplate {
  return keepTemplate(ctx, input, bytesFromChunks(input.content));
}

function keepTemplate(
  ctx: RequestContext,
  input: Omit<AddInput, 'content'>,
  file: Uint8Array,
): DocumentTemplate {
  const existing = input.templateId ? findTemplate(ctx.db, input.templateId) : null;
  if (input.templateId && !existing) throw templateNotFound();
  if (existing?.status === 'archived') throw templateArchived();
  if (activeNameTaken(ctx.db, input.name, input.templateId))
    throw new DomainError(
      'conflict',
      'Another Word template already has this name.',
      { name: 'validation.template_name_taken' },
      { messageKey: 'errors.template_name_taken' },
    );
  const inspected = inspectTemplate(file, input.convertMergeFields);
  const [first] = inspected.findings.problems;
  if (first) throw templateProblemError(first, inspected.findings.problems.length);
  const id = existing?.id ?? newId();
  const version = (existing?.version ?? 0) + 1;
  const at = ctx.now.toISOString();
  ctx.db.transaction(() => {
    if (!existing) insertTemplate(ctx.db, { id, at, by: ctx.actor.id });
    insertVersion(ctx.db, {
      templateId: id,
      version,
      name: input.name,
      description: input.description,
      fileName: input.fileName,
      bytes: inspected.bytes,
      sha256: createHash('sha256').update(inspected.bytes).digest('hex'),
      fields: inspected.findings.fields,
      mergeFieldsConverted: inspected.mergeFieldsConverted,
      at,
      by: ctx.actor.id,
      byName: ctx.actor.fullName,
    });
    ctx.audit({
      action: 'template.added',
      details: {
        templateId: id,
        version,
        fields: inspected.findings.fields.length,
        mergeFieldsConverted: inspected.mergeFieldsConverted,
      },
    });
  })();
  const kept = findTemplate(ctx.db, id);
  if (!kept) throw templateNotFound();
  return kept;
}

/** The shipped examples' names and descriptions (the clinic can rename them by uploading a new version). */
const EXAMPLES: Record<ExampleTemplateId, { name: string; description: string }> = {
  'housing-support-letter': {
    name: 'Housing support letter',
    description: 'A letter to a landlord or housing program supporting the client’s application.',
  },
  'benefits-verification-letter': {
    name: 'Benefits office verification letter',
    description: 'Confirms to a benefits office that the client receives case management services.',
  },
};

export function addExampleTemplate(
  ctx: RequestContext,
  examplesDir: string,
  input: { example: ExampleTemplateId },
): DocumentTemplate {
  const fileName = `${input.example}.docx`;
  const bytes = new Uint8Array(readFileSync(join(examplesDir, fileName)));
  const { name, description } = EXAMPLES[input.example];
  return keepTemplate(
    ctx,
    { templateId: null, name, description, fileName, convertMergeFields: false },
    bytes,
  );
}

export function archiveDocumentTemplate(ctx: RequestContext, input: { templateId: string }): null {
  ctx.db.transaction(() => {
    const found = findTemplate(ctx.db, input.templateId);
    if (!found) throw templateNotFound();
    if (!archiveTemplate(ctx.db, input.templateId, ctx.actor.id, ctx.actor.fullName, ctx.now.toISOString()))
      throw templateArchived();
    ctx.audit({ action: 'template.archived', details: { templateId: input.templateId } });
  })();
  return null;
}
