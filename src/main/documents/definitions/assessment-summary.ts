import type { AssessmentDraft, AssessmentSummary } from '../../../shared/contracts/assessments';
import { PART2_SECTIONS, TEXT_SECTIONS } from '../../../shared/contracts/assessments';
import { getAssessment, listAssessments } from '../../assessments/service';
import { DomainError } from '../../errors';
import { findInstrument } from '../../measures/catalogue';
import { sexOf } from '../../measures/result-views';
import { measuresOverview } from '../../measures/service';
import type { Block } from '../engine/blocks';
import { heading, keyValues, paragraph } from '../engine/blocks';
import type { DocumentText } from '../text';
import type { DefinitionContext, DocumentDefinition, RequestOf } from './definition';
import { clientLine } from './identity';
import { measureBlocks, seriesOf } from './measure-trends';

/**
 * A signed assessment — its sections, strengths, needs and risk — with the latest score of each
 * measure and each measure's trend. The substance-use section and Part 2 measures (AUDIT-C) are
 * Part 2 information.
 */

const noAssessment = () =>
  new DomainError('not_found', 'The client has no signed assessment to summarise.', undefined, {
    messageKey: 'errors.document_no_assessment',
  });

const isPart2Section = (section: string) => (PART2_SECTIONS as readonly string[]).includes(section);

function chosen(summaries: readonly AssessmentSummary[], id: string | null): AssessmentSummary {
  const signed = summaries.filter((s) => s.state === 'signed');
  const found =
    id === null
      ? [...signed].sort((a, b) => (b.signedAt ?? '').localeCompare(a.signedAt ?? ''))[0]
      : signed.find((s) => s.id === id);
  if (!found) throw noAssessment();
  return found;
}

function sectionBlocks(
  content: AssessmentDraft,
  shown: (section: string) => boolean,
  text: DocumentText,
): Block[] {
  const blocks: Block[] = [];
  for (const section of TEXT_SECTIONS) {
    const value = content[section]?.trim();
    if (!value || !shown(section)) continue;
    blocks.push(heading(text.label('assessmentSection', section), 3), paragraph(value));
  }
  for (const list of ['strengths', 'needs'] as const) {
    const items = content[list] ?? [];
    if (items.length > 0)
      blocks.push(
        heading(text.label('assessmentSection', list), 3),
        paragraph(items.map((i) => `• ${i}`).join('\n')),
      );
  }
  if (content.risk?.level) {
    blocks.push(
      heading(text.label('assessmentSection', 'risk'), 3),
      keyValues([
        [text.t('assessment.riskLevel'), text.label('risk', content.risk.level)],
        [text.t('assessment.riskReason'), content.risk.reason],
      ]),
    );
  }
  return blocks;
}

export const assessmentSummary: DocumentDefinition<'assessment_summary'> = {
  id: 'assessment_summary',
  requires: ['contact', 'clinical'],
  includes: ['part2'],
  build(
    { ctx, clientId, client, text, disclosure, resources }: DefinitionContext,
    request: RequestOf<'assessment_summary'>,
  ) {
    const summary = chosen(listAssessments(ctx, clientId), request.assessmentId);
    const detail = getAssessment(ctx, summary.id);
    const part2 = disclosure.may('part2');

    const part2Text = PART2_SECTIONS.some((s) => Boolean(detail.content[s as keyof AssessmentDraft]));
    const { results } = measuresOverview(ctx, resources.instruments, clientId);
    const shared = results.filter((r) => part2 || !r.part2);
    if (part2 && (part2Text || shared.some((r) => r.part2 && !r.enteredInError))) disclosure.includePart2();
    const withheld = (part2Text && !part2 ? 1 : 0) + (results.length - shared.length);

    const series = seriesOf(shared, (id) => findInstrument(ctx.db, resources.instruments, id));
    const blocks: Block[] = [
      clientLine(client, text),
      keyValues([
        [text.t('assessment.kind'), text.t(`assessment.type.${summary.type}`)],
        [text.t('assessment.signedBy'), summary.signedByName ?? ''],
        [text.t('assessment.signedAt'), text.dateTime(summary.signedAt)],
      ]),
      ...disclosure.withheld('part2', withheld, text),
      ...sectionBlocks(detail.content, (section) => part2 || !isPart2Section(section), text),
      ...measureBlocks(series, sexOf(client.sexAtBirth), text),
    ];
    return { title: text.t('assessment.title'), fileStem: 'assessment-summary', blocks };
  },
};
