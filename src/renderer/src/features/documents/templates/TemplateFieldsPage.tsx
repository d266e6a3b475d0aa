import { useMemo, useState } from 'react';
import { Button, Input, Label, Link, SearchField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TemplateFieldEntry } from '../../../../../shared/contracts/document-templates';
import { useSession } from '../../../app/session';
import { can } from '../../../../../shared/domain/roles';
import { isCatalogueKey } from '../../../lib/catalogue';
import { useLanternQuery } from '../../../lib/client';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../../ui/feedback';
import { Page } from '../../../ui/Page';
import './templates.css';

/** What to paste into Word for a field: a loop or condition with both its tags, others in braces. */
export const snippetOf = (field: TemplateFieldEntry) =>
  field.type === 'list' || field.type === 'yesno' ? `{#${field.tag}}{/${field.tag}}` : `{${field.tag}}`;

const descriptionKey = (path: string) => `documentTemplates.fieldHelp.${path.replaceAll('.', '_')}`;

/**
 * The field reference: every field a Word template may use, with what it is, the demo client's
 * example and a Copy button, searchable. The examples come from the catalogue, never a client.
 */
export function TemplateFieldsPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const fields = useLanternQuery('documentTemplates:fields', {});
  const [query, setQuery] = useState('');
  const [copied, setCopied] = useState<{ tag: string; ok: boolean } | null>(null);
  const describe = (path: string) => {
    const key = descriptionKey(path);
    return isCatalogueKey(key) ? t(key) : '';
  };
  const shown = useMemo(() => {
    const words = query.trim().toLocaleLowerCase();
    if (!fields.data) return [];
    if (!words) return fields.data;
    return fields.data.filter((field) =>
      `${field.path} ${field.example} ${describe(field.path)}`.toLocaleLowerCase().includes(words),
    );
    // describe reads the catalogue of the current language, which `t` stands for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fields.data, query, t]);

  const copy = async (field: TemplateFieldEntry) => {
    const snippet = snippetOf(field);
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied({ tag: snippet, ok: true });
    } catch {
      setCopied({ tag: snippet, ok: false });
    }
  };

  return (
    <Page title={t('documentTemplates.fields.title')} wide>
      <p>{t('documentTemplates.fields.intro')}</p>
      <p>
        <code>{t('documentTemplates.fields.sample')}</code>
      </p>
      <p className="muted">{t('documentTemplates.fields.demo')}</p>
      {can(session.role, 'documents:manage_templates') ? (
        <p>
          <Link href="/administration/word-templates" className="text-link">
            {t('documentTemplates.fields.back')}
          </Link>
        </p>
      ) : null}
      <SearchField className="field" value={query} onChange={setQuery}>
        <Label className="field-label">{t('documentTemplates.fields.search')}</Label>
        <Input className="input search-input" />
      </SearchField>
      <StatusMessage>
        {copied
          ? copied.ok
            ? t('documentTemplates.fields.copied', { tag: copied.tag })
            : t('documentTemplates.fields.copyFailed', { tag: copied.tag })
          : null}
      </StatusMessage>
      {fields.isPending ? <LoadingMessage /> : null}
      <ErrorAlert error={fields.error?.error ?? null} />
      {fields.data && shown.length === 0 ? (
        <p className="muted">{t('documentTemplates.fields.none', { query })}</p>
      ) : null}
      {shown.length > 0 ? (
        <table className="template-fields-table" aria-label={t('documentTemplates.fields.table')}>
          <thead>
            <tr>
              <th scope="col">{t('documentTemplates.fields.field')}</th>
              <th scope="col">{t('documentTemplates.fields.description')}</th>
              <th scope="col">{t('documentTemplates.fields.example')}</th>
              <th scope="col">{t('documentTemplates.fields.copyColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((field) => {
              const parent = field.list ? fields.data?.find((f) => f.path === field.list) : undefined;
              return (
                <tr key={field.path}>
                  <th scope="row">
                    <code>{snippetOf(field)}</code>
                    <br />
                    <span className="muted">
                      {t(`documentTemplates.fields.type.${field.type}`)}
                      {parent ? ` · ${t('documentTemplates.fields.inList', { list: parent.tag })}` : null}
                    </span>
                  </th>
                  <td>{describe(field.path)}</td>
                  <td>{field.example || '—'}</td>
                  <td>
                    <Button
                      className="button button-small"
                      aria-label={t('documentTemplates.fields.copyLabel', { tag: snippetOf(field) })}
                      onPress={() => void copy(field)}
                    >
                      {t('documentTemplates.fields.copy')}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </Page>
  );
}
