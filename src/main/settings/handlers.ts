import type { HandlerSlice } from '../request/handler';
import type { SettingsEffects } from './service';
import { getSettings, updateSettings } from './service';

export const settingsHandlers = (
  effects: SettingsEffects,
): HandlerSlice<'settings:get' | 'settings:update'> => ({
  'settings:get': (_input, ctx) => getSettings(ctx),
  'settings:update': (input, ctx) => updateSettings(ctx, effects, input),
});
