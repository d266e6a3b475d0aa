import type { HandlerSlice } from '../request/handler';

// SCAFFOLD (lead): replaced by the note settings service before issue 10 is done.
const notBuilt = (): never => {
  throw new Error('note settings: not built yet');
};

export const noteSettingsHandlers: HandlerSlice<'notes:settings' | 'notes:saveSettings'> = {
  'notes:settings': notBuilt,
  'notes:saveSettings': notBuilt,
};
