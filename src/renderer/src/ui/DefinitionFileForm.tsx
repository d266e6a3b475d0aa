import { useState, type ReactNode } from 'react';
import { Button, FileTrigger, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Control, Path, PathValue } from 'react-hook-form';
import { isCatalogueKey } from '../lib/catalogue';
import type { ContractForm } from '../lib/useContractForm';
import { ErrorAlert, StatusMessage } from './feedback';
import { FormTextField } from './fields';

/** The form's own words (all catalogue text, already translated). */
export interface DefinitionFileLabels {
  title: string;
  intro: string;
  chooseFile: string;
  fileText: string;
  fileTextHelp: string;
  /** The name of the list of problems main found in the file. */
  problems: string;
  submit: string;
}

export interface DefinitionFileFormProps<T extends { text: string }, P> {
  /** The form over the channel's input (useContractForm); its `text` box holds the file's text. */
  contractForm: ContractForm<T, P>;
  /** Sends the checked values to main; gives back the notice that says what was added. */
  send(values: P): Promise<string>;
  isPending: boolean;
  /** The id of the title, which names the form. */
  titleId: string;
  labels: DefinitionFileLabels;
  /** How a problem's place in the file is shown (its path unless said). */
  problemPlace?(where: string): ReactNode;
  /** Boxes after the file's text (a licence confirmation, say). */
  children?: ReactNode;
}

const PROBLEM = 'problems.';

/**
 * An administrator adds a definition file (an instrument, a note format): chooses the .json file
 * or pastes its text, and sends it. Main checks all of it before keeping anything and names every
 * problem with where it is in the file (`problems.<path>` field keys), listed here.
 */
export function DefinitionFileForm<T extends { text: string }, P>(props: DefinitionFileFormProps<T, P>) {
  const { contractForm, send, isPending, titleId, labels, problemPlace, children } = props;
  const { form, error, submit } = contractForm;
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const textName = 'text' as Path<T>;
  const onSubmit = submit(async (values) => {
    setNotice(null);
    setNotice(await send(values));
    form.reset();
  });
  const problems = Object.entries(error?.fields ?? {}).filter(([path]) => path.startsWith(PROBLEM));
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria" aria-labelledby={titleId}>
      <h3 id={titleId}>{labels.title}</h3>
      <p>{labels.intro}</p>
      <div className="instrument-file-choose">
        <FileTrigger
          acceptedFileTypes={['application/json', '.json']}
          onSelect={(files) => {
            const chosen = files?.[0];
            if (chosen)
              void chosen
                .text()
                .then((content) =>
                  form.setValue(textName, content as PathValue<T, Path<T>>, { shouldValidate: false }),
                );
          }}
        >
          <Button className="button">{labels.chooseFile}</Button>
        </FileTrigger>
      </div>
      <FormTextField
        // Its parsed type is the contract's output, which the box has no use for.
        control={form.control as unknown as Control<T>}
        name={textName}
        label={labels.fileText}
        description={labels.fileTextHelp}
        multiline
        wide
      />
      {children}
      <ErrorAlert error={error} />
      {problems.length > 0 ? (
        <ul className="instrument-problems" aria-label={labels.problems}>
          {problems.map(([path, key]) => {
            const where = path.slice(PROBLEM.length);
            return (
              <li key={path}>
                <code>{problemPlace ? problemPlace(where) : where}</code>:{' '}
                {isCatalogueKey(key) ? t(key) : t('validation.invalid')}
              </li>
            );
          })}
        </ul>
      ) : null}
      <StatusMessage>{notice}</StatusMessage>
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isPending={isPending}>
          {labels.submit}
        </Button>
      </div>
    </Form>
  );
}
