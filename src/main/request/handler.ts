import type { ChannelName, OutputOf, ParsedInputOf } from '../../shared/contracts';
import type { RequestContext } from './context';

/**
 * A channel's handler: the router has already checked session, role, gate and input. Channels
 * whose access is `public` are called without a session; reading `db`, `actor` or `policy` there
 * throws `not_signed_in`, so only `now` and `emit` are of use.
 */
export type Handler<C extends ChannelName> = (
  input: ParsedInputOf<C>,
  ctx: RequestContext,
) => OutputOf<C> | Promise<OutputOf<C>>;

/** A feature's slice of the handler table: the channels it answers. */
export type HandlerSlice<C extends ChannelName> = { [K in C]: Handler<K> };
