import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { toAppError, useLanternMutation } from '../lib/client';

type Pick =
  | { kind: 'folder'; purpose: 'backup_folder' | 'backup_to_restore' }
  | { kind: 'file'; purpose: 'clinic_file' };

/**
 * "Browse…" beside a path box: main opens the operating system's own dialog, and the chosen
 * path is put into the box (which can still be typed in). `label` is the button's accessible
 * name, saying what it browses for; the dialog's title is the same text.
 */
export function BrowseButton({
  pick,
  label,
  onPicked,
  onError,
}: {
  pick: Pick;
  label: string;
  onPicked: (path: string) => void;
  onError: (error: AppError) => void;
}) {
  const { t } = useTranslation();
  const folder = useLanternMutation('files:pickFolder');
  const file = useLanternMutation('files:pickFile');
  const pending = folder.isPending || file.isPending;

  const browse = async () => {
    try {
      const { path } =
        pick.kind === 'file'
          ? await file.mutateAsync({ purpose: pick.purpose, title: label })
          : await folder.mutateAsync({ purpose: pick.purpose, title: label });
      if (path) onPicked(path);
    } catch (thrown) {
      onError(toAppError(thrown));
    }
  };

  return (
    <Button className="button" aria-label={label} isPending={pending} onPress={() => void browse()}>
      {t('files.browse')}
    </Button>
  );
}
