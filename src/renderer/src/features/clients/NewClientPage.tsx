import { useRef, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  birthDateSchema,
  type ClientFormFields as ClientFieldValues,
  type DuplicateCandidate,
} from '../../../../shared/contracts/clients';
import { registrableKinds } from '../../../../shared/domain/access';
import { useSession } from '../../app/session';
import { call, toAppError, useLanternMutation, useLanternQuery } from '../../lib/client';
import { formatDateTime } from '../../lib/i18n';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { Page } from '../../ui/Page';
import type { OpenClientState } from './ClientsPage';
import { useDebounced } from '../../lib/useDebounced';
import { EMPTY_CLIENT, useClientForm } from './form/clientForm';
import { ClientFormFields } from './form/ClientFormFields';
import { DuplicateWarning } from './form/DuplicateWarning';
import { DraftNotKept } from '../../ui/DraftNotKept';

/**
 * Add a client (front desk registers one: the fields they may set, no program, nobody assigned —
 * the new client appears unassigned for a supervisor to assign). Possible duplicates are looked for as soon as name and birth date are complete,
 * and again before saving; a match must be looked at and waved through ("a different person")
 * before main accepts the new client. What is typed is kept as a draft in main (`client:new`), so
 * it survives leaving the page, an auto-lock or a crash, until it is saved or discarded.
 */
export function NewClientPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session } = useSession();
  // What this person may set (front desk: names, birth date, contact details); the rest keeps
  // the form's defaults, so a front-desk registration has no program and nobody assigned.
  const [kinds] = useState(() => registrableKinds(session.role));
  const { form, error, setError, refuse, draft } = useClientForm(EMPTY_CLIENT, { key: 'client:new' });
  const register = useLanternMutation('clients:register');
  const [checked, setChecked] = useState<{ key: string; matches: DuplicateCandidate[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const warningHeading = useRef<HTMLHeadingElement>(null);

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

  const save = async (values: ClientFieldValues, reviewed: boolean) => {
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
      const record = await register.mutateAsync({ client: values, duplicatesReviewed: reviewed });
      void draft.discard();
      const state: OpenClientState & { added: boolean } = {
        name: values.preferredName || values.legalFirstName,
        added: true,
      };
      void navigate(`/clients/${record.id}`, { state });
    } catch (thrown) {
      const appError = toAppError(thrown);
      if (appError.code === 'conflict' && appError.details?.possibleDuplicates) {
        await live.refetch();
        return;
      }
      refuse(appError);
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
      <p className="lead">
        {kinds.has('clinical') ? t('clients.new.intro') : t('clients.new.introFrontDesk')}
      </p>
      <DraftNotKept reason={draft.notKept} />
      {draft.restoredAt ? (
        <StatusMessage tone="info">
          {t('clients.draft.restored', { time: formatDateTime(draft.restoredAt) })}{' '}
          <Button className="button button-quiet button-small" onPress={() => void draft.discardAndReset()}>
            {t('clients.draft.discard')}
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
          kinds={kinds}
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
              void draft.discard();
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
