/**
 * A client's attached files (scans, letters, hospital papers) on the Documents tab: add by drag
 * and drop or a picker, view, save, remove with a reason. Scaffold: the attachments work replaces it.
 */
export interface AttachmentsPanelProps {
  clientId: string;
  canEdit: boolean;
}

export function AttachmentsPanel(_props: AttachmentsPanelProps) {
  return null;
}
