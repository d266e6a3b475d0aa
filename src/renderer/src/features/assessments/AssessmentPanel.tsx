import { useTranslation } from 'react-i18next';
import { useLanternQuery } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import { ErrorAlert, LoadingMessage } from '../../ui/feedback';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentReader } from './AssessmentReader';

/** One assessment: its form while it is a draft (and the viewer may edit), otherwise as signed. */
export function AssessmentPanel(props: {
  id: string;
  canEdit: boolean;
  onSigned(): void;
  onDiscarded(): void;
}) {
  const { t } = useTranslation();
  // Fetched afresh each time it is opened (nothing kept once closed: the autosaves since would
  // make a kept copy stale), then left alone while open: the form owns the draft.
  const detail = useLanternQuery('assessments:get', { id: props.id }, { staleTime: Infinity, gcTime: 0 });
  if (detail.isPending) return <LoadingMessage />;
  if (detail.isError) return <ErrorAlert>{errorMessage(t, detail.error.error)}</ErrorAlert>;
  if (detail.data.summary.state === 'draft' && props.canEdit)
    return (
      <AssessmentForm
        key={detail.data.versionId}
        detail={detail.data}
        onSigned={props.onSigned}
        onDiscarded={props.onDiscarded}
      />
    );
  return <AssessmentReader detail={detail.data} />;
}
