import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  birthDateSchema,
  type ClientFields,
  type DuplicateCandidate,
} from '../../../../shared/contracts/clients';
import type { AppError } from '../../../../shared/result';
import { useSession } from '../../app/session';
import { call, lanternKey, toAppError, useLanternMutation, useLanternQuery } from '../../lib/client';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { Page } from '../../ui/Page';
import type { OpenClientState } from './ClientsPage';
import { useDebounced } from './components/useDebounced';
import { EMPTY_CLIENT, placeServerErrors, useClientForm, type ClientFormValues } from './form/clientForm';
import { ClientFormFields } from './form/ClientFormFields';
import { DuplicateWarning } from './form/DuplicateWarning';

/**
 * Add a client. Possible duplicates are looked for as soon as name and birth date are complete,
 * and again before saving; a match must be looked at and waved through ("a different person")
 * before main accepts the new client. A draft left unsaved is kept until Lantern locks.
 */
export function NewClientPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const draftKey = ['clients:draft', session.accountId];
  const [restored] = useState(() => queryClient.getQueryData<ClientFormValues>(draftKey) ?? null);
  const form = useClientForm(restored ?? EMPTY_CLIENT);
  const create = useLanternMutation('clients:create');
  const [error, setError] = useState<AppError | null>(null);
  const [checked, setChecked] = useState<{ key: string; matches: DuplicateCandidate[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const warningHeading = useRef<HTMLHeadingElement>(null);
  const saved = useRef(false);

  // Keep what was typed if the person leaves (e.g. to open a possible duplicate); the query
  // cache is emptied when Lantern locks, so the draft never outlives the session.
  useEffect(() => {
    const { getValues } = form;
    return () => {
      const values = getValues();
      if (saved.current || JSON.stringify(values) === JSON.stringify(EMPTY_CLIENT)) return;
      queryClient.setQueryDefaults(draftKey, { gcTime: 60 * 60 * 1000 });
      queryClient.setQueryData(draftKey, values);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on leaving the page
  }, []);

  const [first, last, birthDate] = useWatch({
    control: form.control,
    name: ['legalFirstName', 'legalLastName', 'birthDate'],
  });
  const person =
    first?.trim() && last?.trim() && birthDateSchema.safeParse(birthDate).success
      ? { legalFirstName: first.trim(), legalLastName: last.trim(), birthDate: birthDate as string }
      : null;
  const personKey = person ? JSON.stringify(person) : '';
  const settledPerson = useDebounced(person, 400);
  const live = useLanternQuery(
    'clients:checkDuplicates',
    settledPerson ?? { legalFirstName: '', legalLastName: '', birthDate: '2000-01-01' },
    { enabled: settledPerson !== null, staleTime: 10_000 },
  );
  const candidates =
    checked && checked.key === personKey ? checked.matches : person && settledPerson ? (live.data ?? []) : [];

  const save = async (values: ClientFields, reviewed: boolean) => {
    setError(null);
    setBusy(true);
    try {
      if (!reviewed) {
        const matches = await call('clients:checkDuplicates', {
          legalFirstName: values.legalFirstName,
          legalLastName: values.legalLastName,
          birthDate: values.birthDate,
        });
        if (matches.length > 0) {
          setChecked({ key: personKey, matches });
          requestAnimationFrame(() => warningHeading.current?.focus());
          return;
        }
      }
      const record = await create.mutateAsync({ client: values, duplicatesReviewed: reviewed });
      saved.current = true;
      queryClient.removeQueries({ queryKey: draftKey });
      await queryClient.invalidateQueries({ queryKey: lanternKey('caseload:list') });
      await queryClient.invalidateQueries({ queryKey: lanternKey('caseload:programs') });
      const state: OpenClientState & { added: boolean } = {
        name: record.preferredName || record.legalFirstName,
        added: true,
      };
      void navigate(`/clients/${record.id}`, { state });
    } catch (thrown) {
      const appError = toAppError(thrown);
      if (appError.code === 'conflict' && appError.details?.possibleDuplicates) {
        await live.refetch();
        return;
      }
      if (!placeServerErrors(appError, form, 'client')) setError(appError);
    } finally {
      setBusy(false);
    }
  };

  // handleSubmit runs only on these events; the save itself reads refs, never during render.
  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.handleSubmit((values) => save(values, false))(event);
  const saveAnyway = () => form.handleSubmit((values) => save(values, true))();

  return (
    <Page title={t('clients.new.title')} wide>
      <p className="lead">{t('clients.new.intro')}</p>
      {restored ? (
        <StatusMessage tone="info">
          {t('clients.new.draftRestored')}{' '}
          <Button
            className="button button-quiet button-small"
            onPress={() => {
              queryClient.removeQueries({ queryKey: draftKey });
              form.reset(EMPTY_CLIENT);
            }}
          >
            {t('clients.new.startAgain')}
          </Button>
        </StatusMessage>
      ) : null}
      <Form
        className="form client-form"
        onSubmit={onSubmit}
        validationBehavior="aria"
        aria-label={t('clients.new.title')}
      >
        <ClientFormFields
          form={form}
          afterIdentity={
            <DuplicateWarning
              ref={warningHeading}
              candidates={candidates}
              isPending={busy}
              onSaveAnyway={() => void saveAnyway()}
            />
          }
        />
        <ErrorAlert error={error} />
        <div className="form-footer">
          <Button
            className="button"
            onPress={() => {
              // Cancel means "throw this away"; leaving any other way keeps the draft.
              saved.current = true;
              queryClient.removeQueries({ queryKey: draftKey });
              void navigate('/clients');
            }}
          >
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" isPending={busy}>
            {busy ? t('common.saving') : t('clients.new.submit')}
          </Button>
        </div>
      </Form>
    </Page>
  );
}
