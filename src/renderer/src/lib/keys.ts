import type { QueryKey } from '@tanstack/react-query';
import type { ChannelName, InputOf } from '../../../shared/contracts';

/** The cache key of a channel call: channel first, so a whole channel can be invalidated. */
export const lanternKey = <C extends ChannelName>(channel: C, input?: InputOf<C>): QueryKey =>
  input === undefined ? [channel] : [channel, input];
