import type { FilledTemplate } from '../../shared/contracts/document-templates';
import { TEMPLATE_LIMITS } from '../../shared/contracts/document-templates';
import type { Recipient, RecordKind, Verdict } from '../../shared/domain/access';
import { PRODUCED_MIME_TYPES } from '../../shared/domain/documents';
import type { Language } from '../../shared/domain/languages';
import type { TemplateFieldDefinition } from '../../shared/domain/template-fields';
import { findClientRow } from '../clients/repository';
import type { DocumentPreviews } from '../documents/previews';
import type { PreparedDocument } from '../documents/types';
import { DomainError, notFound } from '../errors';
import type { ShippedInstruments } from '../measures/catalogue';
import type { RequestContext } from '../request/context';
import { compileTemplate } from './compile';
import { templateProblemError } from './inspection';
import { openDocxPackage, packageBytes, readText } from './package';
import { paragraphsOf } from './paragraphs';
import { readVersionBytes, findTemplate } from './repository';
import { templateArchived, templateNotFound } from './service';
import { templateSources } from './sources';
import { buildTemplateData, listsWithPart2 } from './template-data';

/**
 * Filling a clinic template for one client. Before anything of the record is read, the access
 * policy is asked about every kind of record the template's fields touch, for this recipient;
 * then, for lists that turn out to hold Part 2 information for this client, about `part2`. A
 * field this person may not disclose refuses the whole fill, naming the field: a letter is never
 * silently blanked, and a refused fill holds nothing. The filled document is held as a preview
 * (documents/previews.ts) for the Documents channels to save, print or keep.
 */

export interface FillInput {
  templateId: string;
  clientId: string;
  recipient: Recipient;
  language: Language;
}

function disclosureRefusal(field: string, found: Verdict, count: number): DomainError {
  const message = `The template uses ${field}, which you may not put in this document.`;
  if (found === 'needs_consent')
    return new DomainError('forbidden', message, undefined, {
      messageKey: 'errors.template_field_needs_consent',
      field,
      count,
      needsConsent: true,
    });
  if (found === 'needs_reason')
    return new DomainError('forbidden', message, undefined, {
      messageKey: 'errors.template_field_needs_reason',
      field,
      count,
      needsReason: true,
    });
  return new DomainError('forbidden', message, undefined, {
    messageKey: 'errors.template_field_not_disclosable',
    field,
    count,
  });
}

/** Refuses, naming the first, the fields whose kind this person may not disclose to the recipient. */
function requireDisclosable(
  ctx: RequestContext,
  clientId: string,
  recipient: Recipient,
  needs: readonly { field: TemplateFieldDefinition; kind: RecordKind }[],
): void {
  const refused = needs
    .map((need) => ({ ...need, verdict: ctx.policy.disclosure(clientId, need.kind, recipient) }))
    .filter((need) => need.verdict !== 'allow');
  const [first] = refused;
  if (first) throw disclosureRefusal(first.field.path, first.verdict, refused.length);
}

/** A file name from the template's name and the day: never the client's name or number. */
function fileNameOf(templateName: string, day: string): string {
  const slug = templateName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'document'}-${day}.docx`;
}

export function fillTemplate(
  ctx: RequestContext,
  previews: DocumentPreviews,
  instruments: ShippedInstruments,
  input: FillInput,
): FilledTemplate {
  if (!findClientRow(ctx.db, input.clientId)) throw notFound('client');
  const clientId = ctx.keptClientId(input.clientId);
  // Whatever the template holds, the person must be able to open this client's file at all.
  ctx.policy.fileView(clientId);
  const template = findTemplate(ctx.db, input.templateId);
  if (!template) throw templateNotFound();
  if (template.status === 'archived') throw templateArchived();
  const bytes = readVersionBytes(ctx.db, template.id, template.version);
  if (!bytes) throw templateNotFound();
  const compiled = compileTemplate(openDocxPackage(bytes));
  const [problem] = compiled.problems;
  if (problem || !compiled.doc) throw templateProblemError(problem ?? unreadable(), compiled.problems.length);

  // The kinds the fields are, asked before anything is read; then Part 2, which depends on the record.
  const kinds = compiled.fields.flatMap((field) => (field.kind ? [{ field, kind: field.kind }] : []));
  requireDisclosable(ctx, clientId, input.recipient, kinds);
  const sources = templateSources(ctx, clientId, input.language, instruments);
  const part2Lists = listsWithPart2(compiled.fields, sources);
  requireDisclosable(
    ctx,
    clientId,
    input.recipient,
    part2Lists.map((field) => ({ field, kind: 'part2' as const })),
  );

  try {
    compiled.doc.render(buildTemplateData(compiled.fields, sources));
  } catch {
    throw templateProblemError(unreadable(), 1);
  }
  const zip = compiled.doc.getZip();
  const filled = packageBytes(zip);
  const document: PreparedDocument = {
    clientId,
    source: 'template',
    definitionId: null,
    templateId: template.id,
    templateVersion: template.version,
    title: template.name,
    fileName: fileNameOf(template.name, sources.today),
    mimeType: PRODUCED_MIME_TYPES.docx,
    bytes: filled,
    pageCount: null,
    language: input.language,
    recipient: input.recipient,
    part2Included: part2Lists.length > 0,
  };
  const previewId = previews.hold(ctx.actor.id, document, ctx.now);
  ctx.audit({
    action: 'template.filled',
    subject: clientId,
    details: {
      templateId: template.id,
      version: template.version,
      recipient: input.recipient,
      language: input.language,
      fields: compiled.fields.length,
      part2Disclosed: document.part2Included,
    },
  });
  const paragraphs = paragraphsOf(readText(zip, 'word/document.xml') ?? '').map((p) => p.text);
  return {
    previewId,
    title: document.title,
    fileName: document.fileName,
    templateVersion: template.version,
    paragraphs: paragraphs.slice(0, TEMPLATE_LIMITS.previewParagraphs),
    part2Included: document.part2Included,
  };
}

const unreadable = () => ({
  problem: 'unreadable' as const,
  tag: '',
  paragraph: null,
  excerpt: '',
  part: 'body' as const,
});
