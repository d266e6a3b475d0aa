import { Button } from 'react-aria-components';
import { useFieldArray, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PLAN_ITEM_STATUSES } from '../../../../shared/contracts/care-plans';
import {
  DISCHARGE_LIMITS,
  DISCHARGE_REASONS,
  type DischargeContent,
  type DischargeContentInput,
} from '../../../../shared/contracts/discharge';
import { FormDateField, FormSelectField, FormTextField } from '../../ui/fields';

type Props = { control: Control<DischargeContentInput> };

/** Why and when: the reason (in words when "other") and the discharge date. */
export function ReasonFields({ control }: Props) {
  const { t } = useTranslation();
  const reason = useWatch({ control, name: 'reason' });
  return (
    <fieldset className="form-section">
      <FormSelectField
        control={control}
        name="reason"
        label={t('discharge.fields.reason')}
        isRequired
        options={DISCHARGE_REASONS.map((id) => ({ id, label: t(`discharge.reason.${id}`) }))}
      />
      {reason === 'other' ? (
        <FormTextField
          control={control}
          name="reasonOther"
          label={t('discharge.fields.reasonOther')}
          isRequired
          maxLength={500}
        />
      ) : null}
      <FormDateField control={control} name="dischargeDate" label={t('discharge.fields.dischargeDate')} />
    </fieldset>
  );
}

/** One row per goal of the plan: its words (as written in the plan), a status, how it went. */
export function GoalFields({ control, goals }: Props & { goals: DischargeContent['goals'] }) {
  const { t } = useTranslation();
  const statuses = PLAN_ITEM_STATUSES.map((id) => ({ id, label: t(`carePlans.status.${id}`) }));
  return (
    <section className="form-section" aria-labelledby="discharge-goals">
      <h3 id="discharge-goals">{t('discharge.fields.goals')}</h3>
      {goals.length === 0 ? <p className="muted">{t('discharge.fields.noGoals')}</p> : null}
      {goals.map((goal, i) => (
        <fieldset key={goal.goalId} className="discharge-goal">
          <legend>
            {t('discharge.fields.goalN', { n: i + 1, goal: goal.goal })}
            {goal.part2 ? <span className="badge"> {t('discharge.fields.part2')}</span> : null}
          </legend>
          <p className="muted">{t('discharge.fields.goalMarks', goal.marks)}</p>
          <FormSelectField
            control={control}
            name={`goals.${i}.status`}
            label={t('discharge.fields.goalStatus')}
            options={statuses}
          />
          <FormTextField
            control={control}
            name={`goals.${i}.progress`}
            label={t('discharge.fields.goalProgress')}
            multiline
            maxLength={DISCHARGE_LIMITS.progressText}
          />
        </fieldset>
      ))}
    </section>
  );
}

/** Referrals: to whom, for what; rows added and removed by the writer. */
export function ReferralFields({ control }: Props) {
  const { t } = useTranslation();
  const referrals = useFieldArray({ control, name: 'referrals' });
  return (
    <section className="form-section" aria-labelledby="discharge-referrals">
      <h3 id="discharge-referrals">{t('discharge.fields.referrals')}</h3>
      {referrals.fields.map((row, i) => (
        <fieldset key={row.id} className="discharge-referral">
          <legend>{t('discharge.fields.referralN', { n: i + 1 })}</legend>
          <FormTextField
            control={control}
            name={`referrals.${i}.to`}
            label={t('discharge.fields.referralTo')}
            maxLength={200}
          />
          <FormTextField
            control={control}
            name={`referrals.${i}.for`}
            label={t('discharge.fields.referralFor')}
            maxLength={500}
          />
          <Button className="button button-quiet" onPress={() => referrals.remove(i)}>
            {t('discharge.fields.removeReferral', { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      {referrals.fields.length < DISCHARGE_LIMITS.referrals ? (
        <Button className="button" onPress={() => referrals.append({ to: '', for: '' })}>
          {t('discharge.fields.addReferral')}
        </Button>
      ) : null}
    </section>
  );
}

/** Whom the client, family or the next provider calls about this discharge. */
export function ContactFields({ control }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-section">
      <legend className="note-group-title">{t('discharge.fields.contact')}</legend>
      <FormTextField
        control={control}
        name="contact.name"
        label={t('discharge.fields.contactName')}
        maxLength={200}
      />
      <FormTextField
        control={control}
        name="contact.phoneOrRole"
        label={t('discharge.fields.contactPhoneOrRole')}
        maxLength={200}
      />
    </fieldset>
  );
}
