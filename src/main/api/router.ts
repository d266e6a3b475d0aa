import type { ChannelDefinition } from '../../shared/contracts/channel';
import { can } from '../../shared/domain/roles';
import type { AppError, Result } from '../../shared/result';
import { fail, ok } from '../../shared/result';
import type { Session } from '../workstation/workstation';
import type { SerialQueue } from '../core/serial-queue';
import type { RequestContext } from '../request/context';
import { DomainError, fieldErrors } from '../errors';
import type { ErrorReport } from './error-report';
import { reportError } from './error-report';

export interface RouterDeps {
  queue: SerialQueue;
  session(): Session | null;
  /** The request's context, built once the checks passed (null session: a public channel). */
  context(session: Session | null): RequestContext;
  /**
   * Where unexpected errors are written; the renderer only ever sees a generic message. What is
   * written is a scrubbed report (error-report.ts), never the error itself: its text can quote
   * client information.
   */
  logError(channel: string, report: ErrorReport): void;
}

export { fieldErrors };

const refused = (error: AppError): Result<never> => fail(error);

/**
 * The one door into main. Every call passes the same checks in the same order — known channel,
 * signed in, role, session gate, input shape — before its handler runs; what comes back is
 * checked against the contract too. Calls run one at a time through the shared queue.
 */
export function createRouter(
  contract: Record<string, ChannelDefinition>,
  handlers: Record<string, (input: unknown, ctx: RequestContext) => unknown>,
  deps: RouterDeps,
) {
  async function handle(channel: string, rawInput: unknown): Promise<Result<unknown>> {
    if (!Object.hasOwn(contract, channel) || !Object.hasOwn(handlers, channel)) {
      return refused({ code: 'unknown_channel', message: 'Lantern does not know that request.' });
    }
    const definition = contract[channel] as ChannelDefinition;
    const session = definition.access === 'public' ? null : deps.session();
    if (definition.access !== 'public') {
      if (!session) return refused({ code: 'not_signed_in', message: 'Please sign in.' });
      if (definition.access !== 'session' && !can(session.account.role, definition.access)) {
        return refused({ code: 'forbidden', message: 'Your role does not allow this.' });
      }
      if (session.gate && !definition.allowedWhen?.includes(session.gate)) {
        return refused({
          code: 'forbidden',
          message:
            session.gate === 'password_change'
              ? 'Please choose a new password first.'
              : 'Please confirm that you saved the recovery key first.',
          details: { gate: session.gate },
        });
      }
    }
    const parsed = definition.input.safeParse(rawInput);
    if (!parsed.success) {
      return refused({
        code: 'invalid_input',
        message: 'Some of the information is missing or not valid.',
        fields: fieldErrors(parsed.error),
      });
    }
    try {
      const handler = handlers[channel] as (input: unknown, ctx: RequestContext) => unknown;
      const value = await handler(parsed.data, deps.context(session));
      const output = definition.output.safeParse(value);
      if (!output.success) {
        deps.logError(channel, reportError(output.error));
        return refused({
          code: 'internal',
          message: 'Something went wrong inside Lantern. Nothing was lost.',
        });
      }
      return ok(output.data);
    } catch (error) {
      if (error instanceof DomainError) return fail(error.toAppError());
      deps.logError(channel, reportError(error));
      return refused({
        code: 'internal',
        message:
          'Something went wrong inside Lantern. What you typed is still on the screen; please try again.',
      });
    }
  }

  return function invoke(channel: string, rawInput: unknown): Promise<Result<unknown>> {
    return deps.queue.run(() => handle(String(channel), rawInput));
  };
}
