import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { createTeamInputSchema, type Account, type Team } from '../../../../shared/contracts/accounts';
import type { AppError } from '../../../../shared/result';
import { lanternKey, toAppError, useLanternMutation } from '../../lib/client';
import { applyFieldErrors } from '../../lib/errors';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { FormTextField } from '../../ui/fields';

/**
 * Teams, if the clinic uses them: a case manager sees the clients of everyone on their team
 * without giving a reason. People are put on a team in the staff table.
 */
export function TeamsPanel({ teams }: { teams: readonly Team[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<AppError | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const create = useLanternMutation('teams:create');
  const form = useForm({ resolver: zodResolver(createTeamInputSchema), defaultValues: { name: '' } });

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    setCreated(null);
    try {
      const team = await create.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: lanternKey('teams:list') });
      form.reset({ name: '' });
      setCreated(team.name);
    } catch (thrown) {
      const appError = toAppError(thrown);
      if (!applyFieldErrors(appError, form.setError, ['name'])) setError(appError);
    }
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
  const queryClient = useQueryClient();
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
        await queryClient.invalidateQueries({ queryKey: lanternKey('accounts:list') });
        await queryClient.invalidateQueries({ queryKey: lanternKey('teams:list') });
        await queryClient.invalidateQueries({ queryKey: lanternKey('app:status') });
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
