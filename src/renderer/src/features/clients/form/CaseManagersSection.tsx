import { useState } from 'react';
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Tag,
  TagGroup,
  TagList,
  Text,
} from 'react-aria-components';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session';
import { useLanternQuery } from '../../../lib/client';
import { fieldMessage } from '../../../lib/errors';
import type { ClientForm } from './clientForm';

const MAX_WORKERS = 5;

/**
 * Up to five case managers or supervisors (`caseload:staff`): the chosen ones as removable tags,
 * and a searchable list to add more, so it stays usable with many staff members.
 */
export function CaseManagersSection({ form }: { form: ClientForm }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const staff = useLanternQuery('caseload:staff', {});
  const [text, setText] = useState('');
  const nameOf = (id: string) => staff.data?.find((person) => person.id === id)?.fullName ?? id;
  const roleSuffix = (role: string) =>
    role === 'supervisor' ? ` ${t('clients.form.supervisorSuffix')}` : '';

  return (
    <fieldset className="fieldset form-section">
      <legend>{t('clients.form.sections.caseManagers')}</legend>
      <Controller
        control={form.control}
        name="assignedCaseManagerIds"
        render={({ field, fieldState }) => {
          const chosen: string[] = field.value ?? [];
          const choices = (staff.data ?? []).filter((person) => !chosen.includes(person.id));
          return (
            <div className="worker-picker">
              <TagGroup
                className="tag-group"
                onRemove={(keys) => field.onChange(chosen.filter((id) => !keys.has(id)))}
              >
                <Label className="field-label">{t('clients.fields.assignedCaseManagers')}</Label>
                <TagList
                  className="tag-list"
                  items={chosen.map((id) => ({ id, name: nameOf(id) }))}
                  renderEmptyState={() => (
                    <span className="muted">
                      {session.role === 'case_manager'
                        ? t('clients.form.noWorkersSelf')
                        : t('clients.form.noWorkers')}
                    </span>
                  )}
                >
                  {(item) => (
                    <Tag id={item.id} className="tag" textValue={item.name}>
                      {item.name}
                      <Button
                        slot="remove"
                        className="tag-remove"
                        aria-label={t('clients.form.removeWorker', { name: item.name })}
                      >
                        <span aria-hidden="true">✕</span>
                      </Button>
                    </Tag>
                  )}
                </TagList>
              </TagGroup>
              <ComboBox
                className="field"
                defaultItems={choices}
                inputValue={text}
                onInputChange={setText}
                selectedKey={null}
                onSelectionChange={(key) => {
                  if (key === null) return;
                  field.onChange([...chosen, String(key)]);
                  setText('');
                }}
                isDisabled={chosen.length >= MAX_WORKERS}
                isInvalid={fieldState.invalid}
                validationBehavior="aria"
                menuTrigger="focus"
                onBlur={field.onBlur}
              >
                <Label className="field-label">{t('clients.form.addWorker')}</Label>
                <div className="combo-box">
                  <Input
                    ref={field.ref}
                    className="input"
                    placeholder={t('clients.form.addWorkerPlaceholder')}
                  />
                  <Button className="combo-button" aria-label={t('clients.form.showStaff')}>
                    <span aria-hidden="true">▾</span>
                  </Button>
                </div>
                <Text slot="description" className="field-help">
                  {chosen.length >= MAX_WORKERS
                    ? t('clients.form.workersFull')
                    : t('clients.form.caseManagersHelp')}
                </Text>
                <FieldError className="field-error">{fieldMessage(t, fieldState.error?.message)}</FieldError>
                <Popover className="popover" placement="bottom start">
                  <ListBox
                    className="listbox"
                    renderEmptyState={() => <p className="listbox-empty">{t('clients.form.noStaff')}</p>}
                  >
                    {(person: (typeof choices)[number]) => (
                      <ListBoxItem id={person.id} className="listbox-item" textValue={person.fullName}>
                        {person.fullName}
                        {roleSuffix(person.role)}
                      </ListBoxItem>
                    )}
                  </ListBox>
                </Popover>
              </ComboBox>
            </div>
          );
        }}
      />
    </fieldset>
  );
}
