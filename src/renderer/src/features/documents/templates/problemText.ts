import type { TFunction } from 'i18next';
import type { TemplateProblem } from '../../../../../shared/contracts/document-templates';

/** A problem main found in a template, in the sentence main would refuse it with. */
export const problemText = (t: TFunction, problem: TemplateProblem): string =>
  t(`errors.template_${problem.problem}`, {
    tag: problem.tag,
    paragraph: problem.paragraph ?? '?',
    excerpt: problem.excerpt,
  });
