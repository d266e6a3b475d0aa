import { useState } from 'react';
import { Button, Form, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createTeamInputSchema, type Account, type Team } from '../../../../shared/contracts/accounts';
import type { AppError } from '../../../../shared/result';
import { toAppError, useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';

/**
 * Teams, if the clinic uses them: a case manager sees the clients of everyone on their team
 * without giving a reason. People are put on a team in the staff table.
 */
export function TeamsPanel({ teams }: { teams: readonly Team[] }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<string | null>(null);
  const create = useLanternMutation('teams:create');
  const { form, error, submit } = useContractForm({
    schema: createTeamInputSchema,
    defaultValues: { name: '' },
    fields: ['name'],
  });

  const onSubmit = submit(async (values) => {
    setCreated(null);
    const team = await create.mutateAsync(values);
    form.reset({ name: '' });
    setCreated(team.name);
  });

  return (
    <section className="panel" aria-labelledby="teams-heading">
      <h2 id="teams-heading">{t('admin.teams.title')}</h2>
      <p className="muted">{t('admin.teams.intro')}</p>
      {teams.length > 0 ? (
        <ul aria-label={t('admin.teams.listLabel')}>
          {teams.map((team) => (
            <li key={team.id}>{t('admin.teams.member', { name: team.name, count: team.memberCount })}</li>
          ))}
        </ul>
      ) : (
        <p>{t('admin.teams.empty')}</p>
      )}
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <FormTextField control={form.control} name="name" label={t('admin.teams.name')} isRequired />
        <ErrorAlert error={error} />
        <StatusMessage>{created ? t('admin.teams.created', { name: created }) : null}</StatusMessage>
        <div className="form-actions">
          <Button type="submit" className="button" isPending={create.isPending}>
            {t('admin.teams.create')}
          </Button>
        </div>
      </Form>
    </section>
  );
}

const NO_TEAM = '__none__';

/** One person's team, in their row of the staff table; the change applies at once. */
export function TeamSelect({
  account,
  teams,
  onError,
}: {
  account: Account;
  teams: readonly Team[];
  onError(error: AppError | null): void;
}) {
  const { t } = useTranslation();
  const setTeam = useLanternMutation('accounts:setTeam');
  const items = [{ id: NO_TEAM, name: t('admin.teams.none') }, ...teams];
  return (
    <Select
      className="field field-compact"
      aria-label={t('admin.teams.teamFor', { name: account.fullName })}
      value={account.teamId ?? NO_TEAM}
      isDisabled={setTeam.isPending}
      onChange={async (key) => {
        const teamId = key === null || key === NO_TEAM ? null : String(key);
        if (teamId === account.teamId) return;
        onError(null);
        try {
          await setTeam.mutateAsync({ accountId: account.id, teamId });
        } catch (thrown) {
          onError(toAppError(thrown));
        }
      }}
    >
      <Button className="select-button">
        <SelectValue className="select-value" />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={items}>
          {(item) => (
            <ListBoxItem id={item.id} className="listbox-item" textValue={item.name}>
              {item.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
