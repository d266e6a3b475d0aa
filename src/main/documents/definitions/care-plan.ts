import type {
  CarePlan,
  CarePlanContent,
  CarePlanVersion,
  PlanGoal,
} from '../../../shared/contracts/care-plans';
import type { CarePlanSignature } from '../../../shared/contracts/care-plan-signatures';
import { withoutPart2 } from '../../care-plans/part2';
import { getCarePlan } from '../../care-plans/service';
import { DomainError } from '../../errors';
import { findInstrument } from '../../measures/catalogue';
import type { Block, SignatureLine } from '../engine/blocks';
import { heading, keyValues, paragraph, signatureBlock, table } from '../engine/blocks';
import type { DocumentText } from '../text';
import type { DefinitionContext, DocumentDefinition, RequestOf } from './definition';
import { clientLine } from './identity';
import { measureTitle } from './localized';
import { checkedPngDataUrl } from './signature-images';

/**
 * A care plan version: its needs, goals (in the client's words too), objectives and
 * interventions with their statuses, and the signature blocks — as signed (who, when, in which
 * role, the drawn signature) or blank lines to sign on paper. Needs and goals marked Part 2 are
 * Part 2 information.
 */

const noPlan = () =>
  new DomainError('not_found', 'The client has no care plan version to print.', undefined, {
    messageKey: 'errors.document_no_care_plan',
  });

/** The version asked for; by default the one in force, else the newest signed one. */
function chosenVersion(plan: CarePlan, versionNo: number | null): CarePlanVersion {
  const found =
    versionNo !== null
      ? plan.versions.find((v) => v.versionNo === versionNo)
      : (plan.versions.find((v) => v.id === plan.currentVersionId) ??
        [...plan.versions].reverse().find((v) => v.state !== 'draft'));
  if (!found) throw noPlan();
  return found;
}

type Names = (instrumentId: string) => string;

function goalBlocks(goal: PlanGoal, number: string, text: DocumentText, measureName: Names): Block[] {
  const target = goal.measure
    ? text.t('carePlan.targetValue', {
        measure: measureName(goal.measure.instrumentId),
        comparison: text.t(`carePlan.comparison.${goal.measure.comparison}`),
        value: goal.measure.value,
      })
    : '';
  const blocks: Block[] = [
    heading(text.t('carePlan.goal', { number, text: goal.statement }), 3),
    keyValues([
      [text.t('carePlan.clientWords'), goal.clientWords],
      [text.t('common.status'), text.label('planStatus', goal.status)],
      [
        text.t('carePlan.target'),
        goal.measure?.byDate
          ? text.t('carePlan.targetBy', { target, date: text.date(goal.measure.byDate) })
          : target,
      ],
    ]),
    table(
      [
        { header: text.t('carePlan.objective') },
        { header: text.t('carePlan.targetDate'), width: 'auto' },
        { header: text.t('common.status'), width: 'auto' },
      ],
      goal.objectives.map((o) => [o.text, text.date(o.targetDate), text.label('planStatus', o.status)]),
      text.t('carePlan.noObjectives'),
    ),
  ];
  for (const objective of goal.objectives) {
    if (objective.interventions.length === 0) continue;
    blocks.push(
      paragraph(text.t('carePlan.interventions', { objective: objective.text }), 'muted'),
      table(
        [
          { header: text.t('carePlan.intervention') },
          { header: text.t('carePlan.who'), width: 'auto' },
          { header: text.t('carePlan.frequency'), width: 'auto' },
          { header: text.t('common.status'), width: 'auto' },
        ],
        objective.interventions.map((iv) => [
          iv.what,
          [text.label('interventionWho', iv.who), iv.whoName].filter(Boolean).join(': '),
          iv.frequency,
          text.label('planStatus', iv.status),
        ]),
        '',
      ),
    );
  }
  return blocks;
}

function contentBlocks(content: CarePlanContent, text: DocumentText, measureName: Names): Block[] {
  if (content.needs.length === 0) return [paragraph(text.t('carePlan.noNeeds'), 'muted')];
  return content.needs.flatMap((need, n) => [
    heading(text.t('carePlan.need', { number: n + 1, text: need.text })),
    ...(need.goals.length === 0 ? [paragraph(text.t('carePlan.noGoals'), 'muted')] : []),
    ...need.goals.flatMap((goal, g) => goalBlocks(goal, `${n + 1}.${g + 1}`, text, measureName)),
  ]);
}

const SIGNING_ROLES = ['worker', 'client', 'supervisor'] as const;

function signedLine(signature: CarePlanSignature, text: DocumentText): SignatureLine {
  const image = signature.method === 'drawn' ? checkedPngDataUrl(signature.png) : null;
  const detail =
    signature.method === 'typed'
      ? text.t('carePlan.typed', { attestation: signature.attestation ?? '' })
      : signature.method === 'drawn'
        ? [
            text.t('carePlan.drawn', { attestation: signature.attestation ?? '' }),
            image ? '' : text.t('carePlan.drawnUnreadable'),
          ]
            .filter(Boolean)
            .join(' ')
        : signature.method === 'declined'
          ? text.t('carePlan.declined', { reason: signature.reason ?? '' })
          : null;
  return {
    role: text.t(`carePlan.role.${signature.role as (typeof SIGNING_ROLES)[number]}`),
    signer: signature.signerName,
    signedAt: text.t('carePlan.signedAt', { date: text.dateTime(signature.signedAt) }),
    detail,
    image,
  };
}

function signatureLines(version: CarePlanVersion, blank: boolean, text: DocumentText): SignatureLine[] {
  if (blank) {
    return SIGNING_ROLES.map((role) => ({
      role: `${text.t(`carePlan.role.${role}`)} — ${text.t('carePlan.signHere')}`,
      signer: null,
      signedAt: null,
      detail: null,
      image: null,
    }));
  }
  return version.signatures.map((s) => signedLine(s, text));
}

export const carePlanDocument: DocumentDefinition<'care_plan'> = {
  id: 'care_plan',
  requires: ['contact', 'clinical'],
  includes: ['part2'],
  build(
    { ctx, clientId, client, text, disclosure, resources }: DefinitionContext,
    request: RequestOf<'care_plan'>,
  ) {
    const { plan } = getCarePlan(ctx, clientId);
    if (!plan) throw noPlan();
    const version = chosenVersion(plan, request.version);
    let content = version.content;
    let withheld = plan.withheldPart2;
    if (!disclosure.may('part2')) {
      const cut = withoutPart2(content);
      content = cut.content;
      withheld += cut.withheld;
    } else if (content.needs.some((need) => need.part2 || need.goals.some((goal) => goal.part2))) {
      disclosure.includePart2();
    }
    const measureName: Names = (id) =>
      measureTitle(findInstrument(ctx.db, resources.instruments, id), id, text.language);
    const state = text.t(`carePlan.state.${version.state}`);
    const blocks: Block[] = [
      clientLine(client, text),
      keyValues([
        [text.t('carePlan.version'), text.t('carePlan.versionValue', { version: version.versionNo, state })],
        [text.t('carePlan.startDate'), text.date(content.startDate)],
        [text.t('carePlan.reviewDate'), text.date(content.reviewDate)],
      ]),
      ...disclosure.withheld('part2', withheld, text),
      ...contentBlocks(content, text, measureName),
      heading(text.t('carePlan.signatures')),
      signatureBlock(signatureLines(version, request.signatures === 'blank_lines', text)),
    ];
    return {
      title: text.t('carePlan.title'),
      fileStem: 'care-plan',
      blocks,
    };
  },
};
