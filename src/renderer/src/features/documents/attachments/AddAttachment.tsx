import { useRef, useState, type DragEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../../shared/contracts/attachments';
import { ATTACHMENT_ACCEPT } from '../../../../../shared/contracts/attachments';
import { ErrorAlert } from '../../../ui/feedback';
import { formatBytes } from '../../../lib/format';
import { checkFile } from './fileCheck';
import { AttachmentForm } from './AttachmentForm';

/**
 * Where a file is added: a drop zone that takes a dragged file, with a "Choose a file…" button
 * for the keyboard and the file picker (the `<input type=file>` it opens is labelled too). A
 * file over the limit or not of an accepted kind is refused here, before anything is sent; main
 * checks again, by the whole content, after the upload.
 */
export function AddAttachment(props: {
  clientId: string;
  maxSizeMb: number;
  onAdded(attachment: Attachment): void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const take = async (chosen: File | undefined) => {
    setProblem(null);
    if (!chosen) return;
    const found = await checkFile(chosen, props.maxSizeMb);
    if (found?.kind === 'too_big')
      return setProblem(
        t('attachments.tooBig', {
          name: chosen.name,
          size: formatBytes(chosen.size),
          limitMb: found.limitMb,
        }),
      );
    if (found?.kind === 'wrong_type') return setProblem(t('attachments.wrongType', { name: chosen.name }));
    setFile(chosen);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void take(event.dataTransfer.files[0]);
  };

  if (file)
    return (
      <AttachmentForm
        clientId={props.clientId}
        file={file}
        onDone={(added) => {
          setFile(null);
          if (added) props.onAdded(added);
        }}
      />
    );

  return (
    <div className="stack">
      <div
        className={dragging ? 'attachment-drop attachment-drop-active' : 'attachment-drop'}
        role="group"
        aria-label={t('attachments.drop.label')}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>
          {dragging
            ? t('attachments.drop.dropping')
            : t('attachments.drop.hint', { limitMb: props.maxSizeMb })}
        </p>
        <Button className="button" onPress={() => input.current?.click()}>
          {t('attachments.drop.choose')}
        </Button>
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          accept={ATTACHMENT_ACCEPT}
          aria-label={t('attachments.drop.input')}
          onChange={(event) => {
            void take(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      <ErrorAlert>{problem}</ErrorAlert>
    </div>
  );
}
