import type { TemplateFieldPath } from '../../shared/domain/template-fields';

/**
 * Word's own mail-merge fields («FirstName») in a clinic's existing template. Word keeps one of
 * two shapes: a simple field (`<w:fldSimple w:instr=" MERGEFIELD FirstName ">` around the runs
 * showing «FirstName») or a complex one (runs with `w:fldChar` begin, `w:instrText` with the
 * instruction, separate, the shown runs, end). Converting one replaces the whole field with a
 * run whose text is the Lantern field (`{client.firstName}`), in the shown text's formatting.
 */

/** Mail-merge names clinics use, compared without case, spaces or punctuation. */
const MERGE_FIELD_MAP: Record<string, TemplateFieldPath> = {
  firstname: 'client.firstName',
  first: 'client.firstName',
  givenname: 'client.firstName',
  lastname: 'client.lastName',
  last: 'client.lastName',
  surname: 'client.lastName',
  familyname: 'client.lastName',
  name: 'client.fullName',
  fullname: 'client.fullName',
  clientname: 'client.fullName',
  preferredname: 'client.preferredName',
  nickname: 'client.preferredName',
  dob: 'client.birthDate',
  birthdate: 'client.birthDate',
  dateofbirth: 'client.birthDate',
  age: 'client.age',
  address: 'client.address.line1',
  address1: 'client.address.line1',
  addressline1: 'client.address.line1',
  street: 'client.address.line1',
  streetaddress: 'client.address.line1',
  address2: 'client.address.line2',
  addressline2: 'client.address.line2',
  city: 'client.address.city',
  town: 'client.address.city',
  state: 'client.address.state',
  province: 'client.address.state',
  region: 'client.address.state',
  zip: 'client.address.zip',
  zipcode: 'client.address.zip',
  postalcode: 'client.address.zip',
  postcode: 'client.address.zip',
  phone: 'client.phone',
  phonenumber: 'client.phone',
  homephone: 'client.phone',
  cellphone: 'client.phone',
  mobile: 'client.phone',
  email: 'client.email',
  emailaddress: 'client.email',
  clientid: 'client.clientNumber',
  clientnumber: 'client.clientNumber',
  casenumber: 'client.clientNumber',
  language: 'client.preferredLanguage',
  casemanager: 'worker.name',
  caseworker: 'worker.name',
  worker: 'worker.name',
  workername: 'worker.name',
  staffname: 'worker.name',
  casemanagertitle: 'worker.title',
  workertitle: 'worker.title',
  stafftitle: 'worker.title',
  clinicname: 'clinic.name',
  clinic: 'clinic.name',
  agency: 'clinic.name',
  agencyname: 'clinic.name',
  organization: 'clinic.name',
  organisation: 'clinic.name',
  clinicaddress: 'clinic.address',
  agencyaddress: 'clinic.address',
  clinicphone: 'clinic.phone',
  agencyphone: 'clinic.phone',
  today: 'today',
  date: 'today',
  currentdate: 'today',
  todaysdate: 'today',
};

const normalized = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const LOWER_MAP = new Map(Object.entries(MERGE_FIELD_MAP).map(([name, path]) => [normalized(name), path]));

/** The Lantern field a mail-merge name stands for, or null when there is none. */
export const lanternFieldFor = (mergeName: string): TemplateFieldPath | null =>
  LOWER_MAP.get(normalized(mergeName)) ?? null;

/** `MERGEFIELD  FirstName \* MERGEFORMAT` → FirstName (quoted names too); null for other fields. */
export function mergeFieldName(instruction: string): string | null {
  const match = /^\s*MERGEFIELD\s+(?:"([^"]+)"|(\S+))/i.exec(instruction);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

export interface FoundMergeField {
  name: string;
  field: TemplateFieldPath | null;
}

const SIMPLE = /<w:fldSimple\s[^>]*?w:instr="([^"]*)"[^>]*?(?:\/>|>([\s\S]*?)<\/w:fldSimple>)/g;
const RUN = /<w:r(?:\s[^>]*)?>[\s\S]*?<\/w:r>|<w:r\/>/g;
const FIELD_CHAR = /<w:fldChar\s[^>]*?w:fldCharType="(begin|separate|end)"/;
const INSTRUCTION = /<w:instrText(?:\s[^>]*)?>([^<]*)<\/w:instrText>/g;
const FIRST_RUN = /<w:r(?:\s[^>]*)?>[\s\S]*?<\/w:r>/;
const RUN_PROPERTIES = /<w:rPr>[\s\S]*?<\/w:rPr>/;

/** A run that shows `text` in the formatting of `like` (the field's shown result), if any. */
function lanternRun(path: string, like: string | undefined): string {
  const properties = like ? (like.match(RUN_PROPERTIES)?.[0] ?? '') : '';
  return `<w:r>${properties}<w:t xml:space="preserve">{${path}}</w:t></w:r>`;
}

interface ComplexField {
  start: number;
  end: number;
  instruction: string;
  firstShownRun: string | undefined;
}

/** Complex fields at the outermost level that begin and end inside one paragraph. */
function complexFields(xml: string): ComplexField[] {
  const found: ComplexField[] = [];
  let depth = 0;
  let current: (ComplexField & { shown: boolean }) | null = null;
  for (const run of xml.matchAll(RUN)) {
    const text = run[0];
    const char = text.match(FIELD_CHAR)?.[1];
    if (char === 'begin') {
      depth += 1;
      if (depth === 1)
        current = { start: run.index, end: -1, instruction: '', firstShownRun: undefined, shown: false };
      continue;
    }
    if (!current) continue;
    if (char === 'separate' && depth === 1) current.shown = true;
    else if (char === 'end') {
      depth -= 1;
      if (depth === 0) {
        current.end = run.index + text.length;
        // A field that runs over a paragraph's end is left as Word wrote it.
        if (!xml.slice(current.start, current.end).includes('</w:p>')) found.push(current);
        current = null;
      }
    } else if (depth === 1 && !current.shown) {
      for (const part of text.matchAll(INSTRUCTION)) current.instruction += part[1];
    } else if (depth === 1 && current.shown && current.firstShownRun === undefined && text.includes('<w:t')) {
      current.firstShownRun = text;
    }
  }
  return found;
}

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** Every MERGEFIELD of a part, in order, with the Lantern field it maps to (or null). */
export function findMergeFields(xml: string): FoundMergeField[] {
  const names: string[] = [];
  for (const match of xml.matchAll(SIMPLE)) {
    const name = mergeFieldName(decode(match[1] ?? ''));
    if (name) names.push(name);
  }
  for (const field of complexFields(xml)) {
    const name = mergeFieldName(decode(field.instruction));
    if (name) names.push(name);
  }
  return names.map((name) => ({ name, field: lanternFieldFor(name) }));
}

/** The part with every mappable MERGEFIELD replaced by its Lantern field; the others left as they are. */
export function convertMergeFields(xml: string): { xml: string; converted: number } {
  let converted = 0;
  let out = xml.replace(SIMPLE, (whole, instruction: string, inner: string | undefined) => {
    const name = mergeFieldName(decode(instruction));
    const path = name ? lanternFieldFor(name) : null;
    if (!path) return whole;
    converted += 1;
    return lanternRun(path, inner ? inner.match(FIRST_RUN)?.[0] : undefined);
  });
  // From the end, so the earlier fields' positions stay right.
  for (const field of complexFields(out).reverse()) {
    const name = mergeFieldName(decode(field.instruction));
    const path = name ? lanternFieldFor(name) : null;
    if (!path) continue;
    converted += 1;
    out = out.slice(0, field.start) + lanternRun(path, field.firstShownRun) + out.slice(field.end);
  }
  return { xml: out, converted };
}
