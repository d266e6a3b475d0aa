import { z } from 'zod';
import { boundedText, calendarDateSchema, idSchema } from '../domain/validation';
import { emailSchema, phoneNumberSchema } from './clients';
import { channel } from './channel';

export const CONTACT_KINDS = ['emergency', 'family', 'guardian', 'representative', 'care_team'] as const;
export const CARE_TEAM_ROLES = [
  'psychiatrist',
  'therapist',
  'primary_care',
  'nurse',
  'pharmacy',
  'probation_officer',
  'landlord',
  'housing_worker',
  'peer_specialist',
  'other',
] as const;

const text = (max: number) => boundedText(max).default('');

export const contactFieldsSchema = z
  .strictObject({
    kind: z.enum(CONTACT_KINDS, 'validation.required'),
    /** For the care team: the professional's role. */
    careRole: z.enum(CARE_TEAM_ROLES).nullable().default(null),
    name: boundedText(120).min(1, 'validation.required'),
    relationship: text(60),
    organisation: text(120),
    phone: z.union([z.literal(''), phoneNumberSchema]).default(''),
    email: z.union([z.literal(''), emailSchema]).default(''),
    /** "May we contact?" and when the client consented. */
    mayContact: z.boolean().default(false),
    consentDate: calendarDateSchema.nullable().default(null),
    notes: text(1000),
  })
  .refine((c) => c.kind !== 'care_team' || c.careRole !== null, {
    path: ['careRole'],
    message: 'validation.required',
  })
  .refine((c) => !c.mayContact || c.consentDate !== null, {
    path: ['consentDate'],
    message: 'validation.consent_date',
  });
export type ContactFieldsInput = z.input<typeof contactFieldsSchema>;

/**
 * A contact as the viewer may see it. Clinical staff see every field; front desk and
 * administrators see only the client's own people (never the care team, whose roles reveal
 * treatment), without notes, and front desk without the organisation: the absent fields are
 * left out, not blanked, so nothing on the screen pretends they are empty.
 */
export const contactSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  kind: z.enum(CONTACT_KINDS),
  careRole: z.enum(CARE_TEAM_ROLES).nullable().optional(),
  name: z.string(),
  relationship: z.string(),
  organisation: z.string().optional(),
  phone: z.string(),
  email: z.string(),
  mayContact: z.boolean(),
  consentDate: z.string().nullable(),
  notes: z.string().optional(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;

export const careTeamContract = {
  'careTeam:list': channel({
    input: z.strictObject({ clientId: idSchema }),
    output: z.array(contactSchema),
    access: 'clients:read_demographics',
  }),
  'careTeam:add': channel({
    input: z.strictObject({ clientId: idSchema, contact: contactFieldsSchema }),
    output: contactSchema,
    access: 'clients:edit',
  }),
  'careTeam:update': channel({
    input: z.strictObject({ id: idSchema, contact: contactFieldsSchema }),
    output: contactSchema,
    access: 'clients:edit',
  }),
  /** Contacts are not deleted: removal keeps who, when and why in the history. */
  'careTeam:remove': channel({
    input: z.strictObject({
      id: idSchema,
      reason: boundedText(300).min(1, 'validation.required'),
    }),
    output: z.null(),
    access: 'clients:edit',
  }),
};
