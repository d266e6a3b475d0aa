import { basename } from 'node:path';
import type { z } from 'zod';
import type { AuditEntry, AuditExportFormat, auditExportInputSchema } from '../../shared/contracts/audit';
import { describeAuditEntry, type AuditDetailLine } from '../../shared/domain/audit-sentences';
import { AuditWords, type AuditTextCatalogue } from '../../shared/domain/audit-values';
import { auditQuery, listAudit } from '../audit/service';
import { countEntries } from '../audit/repository';
import { paragraph, table } from '../documents/engine/blocks';
import { renderPdf } from '../documents/engine/render-pdf';
import { printedLetterhead } from '../documents/letterhead/store';
import { DocumentText } from '../documents/text';
import type { SaveLocations } from '../dialogs/chosen-locations';
import { DomainError } from '../errors';
import { writeToChosenLocation } from '../dialogs/write-chosen';
import { csvDocument } from '../files/csv';
import type { RequestContext } from '../request/context';
import { exportCatalogue } from './catalogue';
import { auditFiltersOf } from './list';
import { namesFor, namesOf } from './names';
import { withoutUnreadableDetails } from './redact';

type ExportInput = z.output<typeof auditExportInputSchema>;

/** A spreadsheet takes a long trail; a PDF of more pages than this is no one's reading. */
export const AUDIT_EXPORT_LIMITS: Record<AuditExportFormat, number> = { csv: 50_000, pdf: 2_000 };
const PAGE = 500;

interface ExportRow {
  entry: AuditEntry;
  sentence: string;
  about: string;
  details: string;
  references: string;
}

/**
 * The filtered audit trail, every matching entry (not only the pages on screen), written as CSV
 * or PDF where the person chose in the save dialog — the format is the one they chose there.
 * Each entry is said in the screen's sentence, in the reader's language; a client is named only
 * where the policy lets this viewer give the client's contact details to someone (otherwise by
 * Lantern reference). The export is audited with its filters, its size and the newest entry it
 * holds, so the same file can be made again from the chain.
 */
export async function exportAuditTrail(
  ctx: RequestContext,
  saveLocations: SaveLocations,
  input: ExportInput,
) {
  const chosen = saveLocations.peek('audit_export', ctx.actor.id, ctx.now);
  if (!chosen)
    throw new DomainError('wrong_state', 'Choose where to save the file first.', undefined, {
      messageKey: 'errors.export_choose_location',
    });
  const format: AuditExportFormat = chosen.toLowerCase().endsWith('.pdf') ? 'pdf' : 'csv';
  const filters = auditFiltersOf(ctx, input);
  const limit = AUDIT_EXPORT_LIMITS[format];
  if (countEntries(ctx.db, auditQuery(filters), limit + 1) > limit)
    throw new DomainError('invalid_input', `More than ${limit} entries match.`, undefined, {
      messageKey: 'errors.audit_export_too_many',
      limit,
    });

  const catalogue = exportCatalogue(input.language, input.utcOffsetMinutes);
  const rows = readRows(ctx, filters, catalogue);
  const contents = format === 'csv' ? csvOf(rows, catalogue) : await pdfOf(ctx, rows, catalogue, input);
  const { folder, file } = writeToChosenLocation(ctx, saveLocations, 'audit_export', contents);
  ctx.audit({
    action: 'audit.exported',
    subject: input.clientId ? ctx.keptClientId(input.clientId) : null,
    details: {
      format,
      rows: rows.length,
      ...(input.actorAccountId ? { person: input.actorAccountId } : {}),
      ...(input.action ? { action: input.action } : {}),
      ...(input.from ? { from: input.from } : {}),
      ...(input.to ? { to: input.to } : {}),
      throughEntry: rows[0]?.entry.seq ?? null,
      file: basename(file),
    },
  });
  return { file, folder, format, rows: rows.length };
}

/** Page by page from the newest, so an entry written meanwhile does not shift the pages. */
function readRows(
  ctx: RequestContext,
  filters: ReturnType<typeof auditFiltersOf>,
  catalogue: AuditTextCatalogue,
) {
  const rows: ExportRow[] = [];
  let beforeSeq: number | undefined;
  do {
    const page = listAudit(ctx.db, { ...filters, ...(beforeSeq ? { beforeSeq } : {}), limit: PAGE });
    const { names } = namesFor(ctx.db, ctx.policy, page.entries, 'export');
    for (const entry of withoutUnreadableDetails(ctx.policy, page.entries)) {
      const described = describeAuditEntry(entry, names, catalogue, { forExport: true });
      rows.push({
        entry,
        sentence: described.sentence,
        about: described.about ?? '',
        details: lines(described.details),
        references: lines(described.references),
      });
    }
    beforeSeq = page.nextBeforeSeq ?? undefined;
  } while (beforeSeq !== undefined);
  return rows;
}

const lines = (found: readonly AuditDetailLine[]) =>
  found.map((line) => `${line.label}: ${line.value}`).join('; ');

function columns(catalogue: AuditTextCatalogue) {
  const words = new AuditWords(catalogue, {});
  return (key: string) => words.say(`auditLog.columns.${key}`) ?? key;
}

function csvOf(rows: readonly ExportRow[], catalogue: AuditTextCatalogue): string {
  const column = columns(catalogue);
  const words = new AuditWords(catalogue, {});
  return csvDocument(
    ['entry', 'when', 'whenUtc', 'who', 'action', 'what', 'about', 'details', 'references'].map(column),
    rows.map(({ entry, ...said }) => [
      String(entry.seq),
      catalogue.instant(entry.occurredAt),
      entry.occurredAt,
      entry.actorName ?? '',
      words.say(`admin.auditActions.${entry.action}`) ?? entry.action,
      said.sentence,
      said.about,
      said.details,
      said.references,
    ]),
  );
}

/** The filters in words, for the PDF's heading ("Filters: Client: …; From: 1 Mar 2026"). */
function filtersText(input: ExportInput, words: AuditWords): string {
  const parts = (['clientId', 'actorAccountId', 'action', 'from', 'to'] as const).flatMap((key) => {
    const value = input[key];
    if (!value) return [];
    const shown = key === 'clientId' ? 'client' : key === 'actorAccountId' ? 'person' : key;
    return [`${words.label(shown)}: ${words.party(value, 'reference') ?? words.value(shown, value)}`];
  });
  return parts.join('; ') || (words.say('auditLog.file.allEntries') ?? '');
}

/**
 * The PDF through the clinic's document engine: letterhead, "prepared for a third party",
 * confidentiality, who generated it and when, page x of y; the filters and the entries as a
 * table whose header repeats on every page.
 */
async function pdfOf(
  ctx: RequestContext,
  rows: readonly ExportRow[],
  catalogue: AuditTextCatalogue,
  input: ExportInput,
): Promise<Uint8Array> {
  const column = columns(catalogue);
  const named = [input.clientId, input.actorAccountId].filter((id): id is string => Boolean(id));
  const words = new AuditWords(catalogue, namesOf(ctx.db, ctx.policy, named, 'export').names, true);
  const count = catalogue.number(rows.length);
  const counted =
    words.say(`auditLog.file.count_${catalogue.plural(rows.length)}`, { count }) ??
    words.say('auditLog.file.count_other', { count }) ??
    '';
  const { bytes } = await renderPdf(
    {
      title: words.say('auditLog.file.title') ?? '',
      text: new DocumentText(input.language),
      letterhead: printedLetterhead(ctx.db),
      generatedBy: { name: ctx.actor.fullName, role: ctx.actor.role },
      generatedAt: ctx.now,
      recipient: 'other',
      part2: false,
    },
    [
      paragraph(words.say('auditLog.file.filters', { filters: filtersText(input, words) }) ?? ''),
      paragraph(counted, 'muted'),
      table(
        [
          { header: column('entry'), width: 34 },
          { header: column('when'), width: 92 },
          { header: column('what'), width: '*' },
          { header: column('about'), width: 120 },
        ],
        rows.map(({ entry, sentence, about, details }) => [
          `#${entry.seq}`,
          catalogue.instant(entry.occurredAt),
          details ? `${sentence}\n${details}` : sentence,
          about,
        ]),
        words.say('admin.audit.empty') ?? '',
      ),
    ],
  );
  return bytes;
}
