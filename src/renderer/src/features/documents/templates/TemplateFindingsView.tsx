import { useTranslation } from 'react-i18next';
import type { TemplateFindings } from '../../../../../shared/contracts/document-templates';
import { CheckBox } from '../../../ui/CheckBox';
import { problemText } from './problemText';

/**
 * What main found in an uploaded file: the Lantern fields it uses, Word's mail-merge fields with
 * the Lantern field each becomes (or that it has none), and every problem with its tag and
 * paragraph. The conversion is offered when some mail-merge field maps.
 */
export function TemplateFindingsView(props: {
  fileName: string;
  findings: TemplateFindings;
  convert: boolean;
  onConvertChange: (convert: boolean) => void;
}) {
  const { fileName, findings, convert, onConvertChange } = props;
  const { t } = useTranslation();
  const mappable = findings.mergeFields.filter((m) => m.field !== null);
  return (
    <section className="template-findings stack" aria-labelledby="template-findings-title">
      <h4 id="template-findings-title">{t('documentTemplates.upload.findingsTitle', { fileName })}</h4>
      <div>
        <h5>{t('documentTemplates.upload.fieldsUsed')}</h5>
        {findings.fields.length === 0 ? (
          <p className="muted">{t('documentTemplates.upload.noFields')}</p>
        ) : (
          <ul className="template-field-chips" aria-label={t('documentTemplates.upload.fieldsUsed')}>
            {findings.fields.map((field) => (
              <li key={field}>
                <code>{field}</code>
              </li>
            ))}
          </ul>
        )}
      </div>
      {findings.mergeFields.length > 0 ? (
        <div>
          <h5>{t('documentTemplates.upload.mergeTitle')}</h5>
          <ul aria-label={t('documentTemplates.upload.mergeTitle')}>
            {findings.mergeFields.map((m) => (
              <li key={m.name}>
                {m.field
                  ? t('documentTemplates.upload.mergeMapped', { name: m.name, field: `{${m.field}}` })
                  : t('documentTemplates.upload.mergeUnmapped', { name: m.name })}
              </li>
            ))}
          </ul>
          {mappable.length > 0 ? (
            <CheckBox isSelected={convert} onChange={onConvertChange}>
              {t('documentTemplates.upload.convert', { count: mappable.length })}
            </CheckBox>
          ) : null}
        </div>
      ) : null}
      {findings.problems.length > 0 ? (
        <div role="alert" className="alert alert-error">
          <h5>{t('documentTemplates.upload.problemsTitle')}</h5>
          <ul aria-label={t('documentTemplates.upload.problemsTitle')}>
            {findings.problems.map((problem, index) => (
              <li key={`${problem.problem}-${problem.tag}-${index}`}>{problemText(t, problem)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="muted">{t('documentTemplates.upload.noProblems')}</p>
      )}
    </section>
  );
}
