import { useTranslation } from 'react-i18next';
import { noteFormatsContract } from '../../../../shared/contracts/note-formats';
import { useLanternMutation } from '../../lib/client';
import { useContractForm } from '../../lib/useContractForm';
import { DefinitionFileForm } from '../../ui/DefinitionFileForm';
import { useLocalString } from './localText';

const schema = noteFormatsContract['notes:addFormat'].input;

/**
 * An administrator adds the clinic's own format file. Main checks all of it before keeping
 * anything and names every problem with where it is in the file (`problems.<path>`).
 */
export function AddNoteFormatForm() {
  const { t } = useTranslation();
  const text = useLocalString();
  const add = useLanternMutation('notes:addFormat');
  const contractForm = useContractForm({ schema, defaultValues: { text: '' }, fields: ['text'] });
  return (
    <DefinitionFileForm
      contractForm={contractForm}
      send={async (values) => {
        const entry = await add.mutateAsync(values);
        return t('noteFormats.formats.added', { name: text(entry.format.name) });
      }}
      isPending={add.isPending}
      titleId="add-note-format-title"
      labels={{
        title: t('noteFormats.formats.addTitle'),
        intro: t('noteFormats.formats.addIntro'),
        chooseFile: t('noteFormats.formats.chooseFile'),
        fileText: t('noteFormats.formats.fileText'),
        fileTextHelp: t('noteFormats.formats.fileTextHelp'),
        problems: t('noteFormats.formats.problems'),
        submit: t('noteFormats.formats.add'),
      }}
      problemPlace={(where) => (where === '(file)' ? t('noteFormats.formats.wholeFile') : where)}
    />
  );
}
