import { useState } from 'react';
import { Button, Cell, Column, Form, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { MeasureSchedule } from '../../../../shared/contracts/measures';
import { SCHEDULE_INTERVAL_DAYS, saveScheduleInputSchema } from '../../../../shared/contracts/measures';
import { useLanternMutation, useLanternQuery } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { FormNumberField, FormSelectField } from '../../ui/fields';
import { useInstrumentCatalogue, useInstrumentString } from './instrumentText';

/** The form leaves the program empty for "every client"; the channel takes null for that. */
const formSchema = saveScheduleInputSchema
  .omit({ id: true, active: true })
  .extend({ program: z.string().optional() });

/** Measurement schedules: "PHQ-9 every 30 days for clients in program X" (or every client). */
export function SchedulesPanel() {
  const { t, i18n } = useTranslation();
  const text = useInstrumentString();
  const schedules = useLanternQuery('measures:schedules', {});
  const programs = useLanternQuery('caseload:programs', {});
  const { entries, byId } = useInstrumentCatalogue();
  const save = useLanternMutation('measures:saveSchedule');
  const [notice, setNotice] = useState<string | null>(null);
  const { form, error, submit } = useContractForm({
    schema: formSchema,
    defaultValues: { instrumentId: 'phq-9', intervalDays: 30 },
    fields: ['instrumentId', 'program', 'intervalDays'],
  });
  const onSubmit = submit(async (values) => {
    await save.mutateAsync({ ...values, program: values.program ?? null, active: true });
    setNotice(t('measures.schedules.saved'));
  });
  const toggle = async (schedule: MeasureSchedule) => {
    const { id, instrumentId, program, intervalDays } = schedule;
    await save.mutateAsync({ id, instrumentId, program, intervalDays, active: !schedule.active });
    setNotice(t(schedule.active ? 'measures.schedules.stopped' : 'measures.schedules.resumed'));
  };
  return (
    <div className="stack">
      <h3>{t('measures.schedules.title')}</h3>
      <p>{t('measures.schedules.intro')}</p>
      <StatusMessage>{notice}</StatusMessage>
      <div className="table-wrap">
        <Table aria-label={t('measures.schedules.tableLabel')} className="data-table">
          <TableHeader>
            <Column isRowHeader>{t('measures.results.measure')}</Column>
            <Column>{t('measures.schedules.who')}</Column>
            <Column>{t('measures.schedules.every')}</Column>
            <Column>{t('measures.schedules.state')}</Column>
            <Column>{t('measures.schedules.actions')}</Column>
          </TableHeader>
          <TableBody
            items={schedules.data ?? []}
            dependencies={[byId, i18n.language]}
            renderEmptyState={() => t('measures.schedules.empty')}
          >
            {(schedule) => (
              <Row id={schedule.id}>
                <Cell>{byId.get(schedule.instrumentId)?.abbreviation ?? schedule.instrumentId}</Cell>
                <Cell>{schedule.program ?? t('measures.schedules.everyone')}</Cell>
                <Cell>{t('measures.schedules.days', { count: schedule.intervalDays })}</Cell>
                <Cell>
                  {t(schedule.active ? 'measures.schedules.active' : 'measures.schedules.inactive')}
                </Cell>
                <Cell>
                  <Button className="button button-small" onPress={() => void toggle(schedule)}>
                    {t(schedule.active ? 'measures.schedules.stop' : 'measures.schedules.resume')}
                  </Button>
                </Cell>
              </Row>
            )}
          </TableBody>
        </Table>
      </div>
      <Form
        className="form"
        onSubmit={onSubmit}
        validationBehavior="aria"
        aria-label={t('measures.schedules.add')}
      >
        <FormSelectField
          control={form.control}
          name="instrumentId"
          label={t('measures.give.instrument')}
          options={entries.map((entry) => ({ id: entry.definition.id, label: text(entry.definition.title) }))}
          isRequired
        />
        <FormSelectField
          control={form.control}
          name="program"
          label={t('measures.schedules.program')}
          emptyOption={t('measures.schedules.everyone')}
          options={(programs.data ?? []).map((program) => ({ id: program, label: program }))}
        />
        <FormNumberField
          control={form.control}
          name="intervalDays"
          label={t('measures.schedules.interval')}
          min={SCHEDULE_INTERVAL_DAYS.min}
          max={SCHEDULE_INTERVAL_DAYS.max}
          isRequired
        />
        <ErrorAlert error={error} />
        <div className="form-actions">
          <Button type="submit" className="button button-primary" isPending={save.isPending}>
            {t('measures.schedules.add')}
          </Button>
        </div>
      </Form>
    </div>
  );
}
