/**
 * Writes the example Word templates Lantern ships (resources/templates/*.docx): a housing-support
 * letter and a benefits-office verification letter, laid out as letters on the clinic's
 * letterhead, with Lantern fields, loops, a table-row loop and a condition. Run after changing
 * them and commit the .docx files:
 *
 *   npx tsx scripts/make-example-templates.ts
 *
 * tests/unit/document-templates/examples.test.ts checks the committed files are what this writes
 * and that every field they use is in the catalogue.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { docxPackage, paragraph as p, run, table } from './lib/docx-package';

const letterhead = [
  p('{clinic.name}', { style: 'Title' }),
  p('{clinic.address}', { style: 'Letterhead' }),
  p('{clinic.phone}', { style: 'Letterhead', spaceAfter: 360 }),
  p('{today}', { spaceAfter: 240 }),
];

const signature = [
  p('Sincerely,', { spaceAfter: 720 }),
  p([run('{worker.name}', { bold: true })], { spaceAfter: 0 }),
  p('{worker.title}', { spaceAfter: 0 }),
  p('{clinic.name}', { spaceAfter: 360 }),
  p(
    'This letter contains confidential information about a person receiving services. Do not share it further without their permission.',
    { style: 'Small' },
  ),
];

export function housingSupportLetter(): Uint8Array {
  return docxPackage(
    [
      ...letterhead,
      p('To whom it may concern,'),
      p([run('Re: Housing application of {client.fullName}, born {client.birthDate}', { bold: true })]),
      p(
        'I am writing as {client.preferredName}’s case manager at {clinic.name} to support their application for housing. {client.preferredName} currently lives at {client.address.line1}, {client.address.city}, {client.address.state} {client.address.zip}, and can be reached at {client.phone}.',
      ),
      p('Stable housing is part of the plan we are working on together. Current goals:'),
      p('{#plan.goals}'),
      p('•  {statement} ({status})'),
      p('{/plan.goals}'),
      p('{^plan.goals}We are setting our goals together now.{/plan.goals}'),
      p(
        '{#client.interpreterNeeded}{client.preferredName} prefers to speak {client.preferredLanguage}: please arrange an interpreter for interviews and viewings.{/client.interpreterNeeded}',
      ),
      p(
        'I am glad to answer questions about the support {clinic.name} provides. Please contact me at {clinic.phone}.',
      ),
      ...signature,
    ].join(''),
  );
}

export function benefitsVerificationLetter(): Uint8Array {
  return docxPackage(
    [
      ...letterhead,
      p('To the benefits office,'),
      p([run('Re: Verification of services for {client.fullName}', { bold: true })]),
      p(
        'This letter verifies that {client.fullName} (born {client.birthDate}, client number {client.clientNumber}) receives case management services from {clinic.name}. I am their case manager.',
      ),
      p(
        'Address on file: {client.address.line1} {client.address.line2}, {client.address.city}, {client.address.state} {client.address.zip}',
      ),
      p('The providers who can confirm the services {client.preferredName} receives:', { style: 'Heading2' }),
      table(
        [
          ['Name', 'Role', 'Organization', 'Phone'],
          ['{#careTeam}{name}', '{role}', '{organisation}', '{phone}{/careTeam}'],
        ],
        { header: true },
      ),
      p(''),
      p(
        '{#client.interpreterNeeded}Please note: {client.preferredName} needs an interpreter ({client.preferredLanguage}) for appointments and calls.{/}',
      ),
      p('Please contact me at {clinic.phone} if you need anything further to process this request.'),
      ...signature,
    ].join(''),
  );
}

export const EXAMPLE_FILES = {
  'housing-support-letter.docx': housingSupportLetter,
  'benefits-verification-letter.docx': benefitsVerificationLetter,
} as const;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, make] of Object.entries(EXAMPLE_FILES)) {
    const target = fileURLToPath(new URL(`../resources/templates/${name}`, import.meta.url));
    writeFileSync(target, make());
    console.log(`wrote ${target}`);
  }
}
