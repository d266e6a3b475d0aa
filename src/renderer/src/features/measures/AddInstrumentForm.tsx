import { useTranslation } from 'react-i18next';
import { measuresContract } from '../../../../shared/contracts/measures';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { FormCheckBox } from '../../ui/CheckBox';
import { DefinitionFileForm } from '../../ui/DefinitionFileForm';

const schema = measuresContract['measures:addInstrument'].input;

/**
 * An administrator adds an instrument file the clinic is licensed for. The file's text goes to
 * main, which checks all of it before keeping anything; each problem is listed with where it is.
 */
export function AddInstrumentForm() {
  const { t } = useTranslation();
  const add = useLanternMutation('measures:addInstrument');
  const contractForm = useContractForm({
    schema,
    defaultValues: { text: '', licenceConfirmed: false as unknown as true },
    fields: ['text', 'licenceConfirmed'],
  });
  return (
    <DefinitionFileForm
      contractForm={contractForm}
      send={async (values) => {
        const entry = await add.mutateAsync(values);
        return t('measures.admin.added', { measure: entry.definition.abbreviation });
      }}
      isPending={add.isPending}
      titleId="add-instrument-title"
      labels={{
        title: t('measures.admin.addTitle'),
        intro: t('measures.admin.addIntro'),
        chooseFile: t('measures.admin.chooseFile'),
        fileText: t('measures.admin.fileText'),
        fileTextHelp: t('measures.admin.fileTextHelp'),
        problems: t('measures.admin.problems'),
        submit: t('measures.admin.add'),
      }}
    >
      <FormCheckBox
        control={contractForm.form.control}
        name="licenceConfirmed"
        label={t('measures.admin.licence')}
        description={t('measures.admin.licenceHelp')}
      />
    </DefinitionFileForm>
  );
}
