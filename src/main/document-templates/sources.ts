import type { CarePlanContent } from '../../shared/contracts/care-plans';
import type { Contact } from '../../shared/contracts/care-team';
import type { ClientRecord } from '../../shared/contracts/clients';
import type { Diagnosis } from '../../shared/contracts/diagnoses';
import type { ContactType, ProgressNoteContent } from '../../shared/contracts/progress-notes';
import { localToday } from '../../shared/domain/clients';
import type { Language } from '../../shared/domain/languages';
import type { Role } from '../../shared/domain/roles';
import { TEMPLATE_NOTES_COUNT } from '../../shared/domain/template-fields';
import { latestCarePlanOf } from '../care-plans/repository';
import { readContacts } from '../care-team/repository';
import { clientIdsJson, readClient } from '../clients/repository';
import { readDiagnoses } from '../diagnoses/repository';
import type { ShippedInstruments } from '../measures/catalogue';
import { findInstrumentVersion } from '../measures/catalogue';
import { readLetterhead } from '../documents/letterhead/store';
import { currentVersionOf } from '../records/repository';
import type { RequestContext } from '../request/context';
import { readNewestScores, readNewestSignedNotes } from './record-repository';

/**
 * What a template is filled from, read on first use: a template that prints only the client's
 * name never reads their diagnoses. Called only after the policy allowed every kind of record
 * the template's fields touch (fill.ts).
 */

export interface TemplateScore {
  name: string;
  score: number;
  band: string;
  day: string;
  part2: boolean;
}

export interface TemplateNote {
  day: string | null;
  contactType: ContactType;
  author: string;
  text: string;
  part2: boolean;
}

export interface TemplateSources {
  language: Language;
  today: string;
  clinic: { name: string; address: string; phone: string };
  worker: { name: string; role: Role };
  client(): ClientRecord;
  careTeam(): Contact[];
  diagnoses(): Diagnosis[];
  /** The plan in force (its newest signed version), or null. */
  plan(): CarePlanContent | null;
  measures(): TemplateScore[];
  notes(): TemplateNote[];
}

const once = <T>(read: () => T): (() => T) => {
  let value: { v: T } | null = null;
  return () => (value ??= { v: read() }).v;
};

/** The letterhead the clinic set (Administration → Clinic); its name is the clinic's unless it has its own. */
function letterhead(ctx: RequestContext): TemplateSources['clinic'] {
  const { printedName, fields } = readLetterhead(ctx.db);
  return { name: printedName, address: fields.address, phone: fields.phone };
}

/** A note's narrative: its sections' text, then interventions, response and next steps. */
function noteText(content: ProgressNoteContent): string {
  return [
    ...content.sections.map((s) => s.text),
    content.interventions,
    content.clientResponse,
    content.nextSteps,
  ]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('\n');
}

export function templateSources(
  ctx: RequestContext,
  clientId: string,
  language: Language,
  instruments: ShippedInstruments,
): TemplateSources {
  const { db } = ctx;
  const ids = once(() => clientIdsJson(db, clientId));
  return {
    language,
    today: localToday(ctx.now),
    clinic: letterhead(ctx),
    worker: { name: ctx.actor.fullName, role: ctx.actor.role },
    client: once(() => readClient(db, clientId) as ClientRecord),
    careTeam: once(() => readContacts(db, clientId).filter((c) => c.kind === 'care_team')),
    diagnoses: once(() => readDiagnoses(db, clientId).filter((d) => d.resolvedDate === null)),
    plan: once(() => {
      const row = latestCarePlanOf(db, clientId);
      const version = row ? currentVersionOf(db, row.record_id) : undefined;
      return version ? (JSON.parse(version.content) as CarePlanContent) : null;
    }),
    measures: once(() =>
      readNewestScores(db, ids()).map((row) => {
        const definition = findInstrumentVersion(db, instruments, row.instrument_id, row.instrument_version);
        const bands = definition
          ? [
              ...definition.bands.default,
              ...(definition.bands.female ?? []),
              ...(definition.bands.male ?? []),
            ]
          : [];
        const band = bands.find((b) => b.id === row.band_id);
        return {
          name: definition?.abbreviation ?? row.instrument_id,
          score: row.total,
          band: band ? (band.label[language] ?? band.label.en) : '',
          day: localToday(new Date(row.administered_at)),
          part2: definition?.part2 ?? false,
        };
      }),
    ),
    notes: once(() => {
      const flagged = readClient(db, clientId)?.flags.part2Protected ?? false;
      return readNewestSignedNotes(db, ids(), TEMPLATE_NOTES_COUNT).map((row) => ({
        day: row.contact_date,
        contactType: row.contact_type,
        author: row.author_name,
        text: noteText(JSON.parse(row.content) as ProgressNoteContent),
        // A Part 2 client's notes are Part 2 records, marked or not.
        part2: flagged || row.part2 === 1,
      }));
    }),
  };
}
