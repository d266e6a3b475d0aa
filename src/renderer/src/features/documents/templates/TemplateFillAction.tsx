/**
 * "Fill a Word template" on a client's Documents tab: choose one of the clinic's templates, fill
 * it from the record, preview, then save or keep it. Scaffold: the templates work replaces it.
 */
export interface TemplateFillActionProps {
  clientId: string;
  canEdit: boolean;
}

export function TemplateFillAction(_props: TemplateFillActionProps) {
  return null;
}
