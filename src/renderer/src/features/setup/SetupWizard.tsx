import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../../app/LanguagePicker';
import type { IssuedRecoveryKey } from '../../app/session';
import { BrandMark } from '../../ui/Brand';
import { ImportClinicForm, useImportClinicForm } from './ImportClinicForm';
import { NewClinicForm, useNewClinicForm } from './NewClinicForm';

type Start = 'new' | 'import';

/**
 * First run: set up a new clinic (its name and the first administrator; the recovery key
 * follows as a session gate), or bring a clinic from another computer. Both forms keep what was
 * typed while the person looks at the other one.
 */
export function SetupWizard({ onIssued }: { onIssued: (key: IssuedRecoveryKey) => void }) {
  const { t } = useTranslation();
  const [start, setStart] = useState<Start>('new');
  const newClinic = useNewClinicForm();
  const importClinic = useImportClinicForm();

  return (
    <main className="centered-screen">
      <div className="card card-wide">
        <LanguagePicker />
        <p className="brand-line">
          <BrandMark />
          <span className="brand-name">{t('app.name')}</span>
        </p>
        <h1>{t('setup.title')}</h1>
        <p className="lead">{t('setup.welcome')}</p>
        <RadioGroup className="backup-method" value={start} onChange={(value) => setStart(value as Start)}>
          <Label className="field-label">{t('setup.choice')}</Label>
          <div className="backup-method-options">
            <Radio value="new" className="backup-radio">
              {t('setup.choiceNew')}
            </Radio>
            <Radio value="import" className="backup-radio">
              {t('setup.choiceImport')}
            </Radio>
          </div>
        </RadioGroup>
        <div className="card-footer">
          {start === 'new' ? (
            <NewClinicForm form={newClinic} onIssued={onIssued} />
          ) : (
            <ImportClinicForm form={importClinic} />
          )}
        </div>
      </div>
    </main>
  );
}
