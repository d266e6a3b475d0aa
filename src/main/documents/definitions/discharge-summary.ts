import type { ClientRecord } from '../../../shared/contracts/clients';
import type { DischargeContent } from '../../../shared/contracts/discharge';
import { dischargeDraftSchema } from '../../../shared/contracts/discharge';
import { findClientRow, readClient } from '../../clients/repository';
import { dischargeNotFound } from '../../discharge/access';
import { findDischarge, signedDischargeVersion } from '../../discharge/repository';
import { notFound } from '../../errors';
import type { Block } from '../engine/blocks';
import { heading, keyValues, paragraph, signatureBlock, table } from '../engine/blocks';
import type { DocumentText } from '../text';
import type { DefinitionContext, DocumentDefinition, RequestOf } from './definition';
import { clientLine } from './identity';

/**
 * The discharge summary: the signed discharge as it was signed — program and enrollment dates,
 * reason, summary of services, progress toward each goal, the measures' first and last scores,
 * aftercare, referrals, whom to contact, and the signature. Only a signed discharge has one. A
 * discharge of a Part 2 client (or marked Part 2) is Part 2 throughout: without Part 2 disclosure
 * it is refused; a Part 2 goal or measure of another discharge is left out, with the line saying so.
 */

function reasonText(content: DischargeContent, text: DocumentText): string {
  if (!content.reason) return '';
  const label = text.label('dischargeReason', content.reason);
  return content.reason === 'other'
    ? text.t('discharge.reasonOther', { label, text: content.reasonOther })
    : label;
}

function factBlocks(content: DischargeContent, endDate: string, text: DocumentText): Block[] {
  return [
    keyValues([
      [text.t('discharge.program'), content.program],
      [
        text.t('discharge.enrollment'),
        text.t('discharge.enrollmentValue', {
          from: text.date(content.enrollmentStartDate),
          to: text.date(endDate),
        }),
      ],
      [text.t('discharge.date'), text.date(content.dischargeDate)],
      [text.t('discharge.reason'), reasonText(content, text)],
    ]),
    heading(text.t('discharge.services')),
    paragraph(content.summaryOfServices),
  ];
}

function progressBlocks(content: DischargeContent, text: DocumentText): Block[] {
  return [
    heading(text.t('discharge.goals')),
    table(
      [
        { header: text.t('discharge.goal') },
        { header: text.t('discharge.goalStatus'), width: 'auto' },
        { header: text.t('discharge.goalProgress') },
      ],
      content.goals.map((g) => [g.goal, text.label('planStatus', g.status), g.progress]),
      text.t('discharge.noGoals'),
    ),
    heading(text.t('discharge.scores'), 3),
    table(
      [
        { header: text.t('discharge.measure'), width: 'auto' },
        { header: text.t('discharge.first') },
        { header: text.t('discharge.last') },
      ],
      content.scores.map((s) => [
        s.instrument,
        text.t('discharge.scoreValue', { score: s.first.score, date: text.date(s.first.date) }),
        text.t('discharge.scoreValue', { score: s.last.score, date: text.date(s.last.date) }),
      ]),
      text.t('common.none'),
    ),
  ];
}

function afterBlocks(content: DischargeContent, text: DocumentText): Block[] {
  return [
    heading(text.t('discharge.aftercare')),
    paragraph(content.aftercarePlan || text.t('common.none'), content.aftercarePlan ? 'body' : 'muted'),
    heading(text.t('discharge.referrals')),
    table(
      [{ header: text.t('discharge.referralTo') }, { header: text.t('discharge.referralFor') }],
      content.referrals.map((r) => [r.to, r.for]),
      text.t('common.none'),
    ),
    heading(text.t('discharge.contact')),
    keyValues([
      [text.t('discharge.contactName'), content.contact.name],
      [text.t('discharge.contactPhoneOrRole'), content.contact.phoneOrRole],
    ]),
  ];
}

export const dischargeSummary: DocumentDefinition<'discharge_summary'> = {
  id: 'discharge_summary',
  // A discharge says which program someone left: clinical information, which the document cannot do without.
  requires: ['contact', 'clinical'],
  includes: ['part2'],
  build({ ctx, clientId, text, disclosure }: DefinitionContext, request: RequestOf<'discharge_summary'>) {
    const client = readClient(ctx.db, clientId) as ClientRecord | null;
    if (!client) throw notFound('client');
    const row = findDischarge(ctx.db, request.dischargeId);
    if (!row || row.kept_client_id !== clientId || row.state !== 'signed' || !row.signed_version_id)
      throw dischargeNotFound();
    const signed = signedDischargeVersion(ctx.db, row.signed_version_id);
    if (!signed) throw dischargeNotFound();
    const all = dischargeDraftSchema.parse(JSON.parse(signed.content));
    // All Part 2 — a Part 2 client's discharge, or one marked Part 2 — as the screens and the
    // timeline treat it (discharge/access.ts): refused without Part 2 disclosure, with the policy's reason.
    const wholly = row.part2 === 1 || findClientRow(ctx.db, clientId)?.flag_part2_protected === 1;
    if (wholly) disclosure.requireAll(['part2']);
    const part2 = disclosure.may('part2');
    const content: DischargeContent = {
      ...all,
      goals: all.goals.filter((g) => part2 || !g.part2),
      scores: all.scores.filter((s) => part2 || !s.part2),
    };
    const left = all.goals.length - content.goals.length + all.scores.length - content.scores.length;
    if (wholly || all.goals.some((g) => g.part2) || all.scores.some((s) => s.part2)) {
      if (part2) disclosure.includePart2();
    }
    const endDate = content.dischargeDate ?? row.discharge_date ?? '';
    const blocks: Block[] = [
      clientLine(client, text),
      ...(row.in_error === 1 ? [paragraph(text.t('discharge.enteredInError'), 'mark')] : []),
      ...factBlocks(content, endDate, text),
      ...progressBlocks(content, text),
      ...disclosure.withheld('part2', left, text),
      ...afterBlocks(content, text),
      heading(text.t('discharge.signature')),
      signatureBlock(
        signed.signatures.map((s) => ({
          role: text.t('discharge.role.worker'),
          signer: s.signer_name,
          signedAt: text.t('discharge.signedAt', { date: text.dateTime(s.signed_at) }),
          detail: null,
          image: null,
        })),
      ),
    ];
    return {
      title: text.t('discharge.title'),
      fileStem: 'discharge-summary',
      fileDate: endDate || undefined,
      blocks,
    };
  },
};
