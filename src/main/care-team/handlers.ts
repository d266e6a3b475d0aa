import type { HandlerSlice } from '../request/handler';
import { addContact, listContacts, removeContact, updateContact } from './service';

export const careTeamHandlers: HandlerSlice<
  'careTeam:list' | 'careTeam:add' | 'careTeam:update' | 'careTeam:remove'
> = {
  'careTeam:list': (input, ctx) => listContacts(ctx, input.clientId),
  'careTeam:add': (input, ctx) => addContact(ctx, input),
  'careTeam:update': (input, ctx) => updateContact(ctx, input),
  'careTeam:remove': (input, ctx) => removeContact(ctx, input),
};
