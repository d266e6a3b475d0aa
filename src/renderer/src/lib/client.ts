import {
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contracts';
import type { AppError } from '../../../shared/result';
import { bridge } from './bridge';
import { invalidateAfter } from './invalidation';
import { lanternKey } from './keys';

/** A failed call, carrying main's `AppError` (code, plain message, field keys, details). */
export class AppErrorException extends Error {
  readonly error: AppError;

  constructor(error: AppError) {
    super(error.message);
    this.name = 'AppErrorException';
    this.error = error;
  }

  get code(): AppError['code'] {
    return this.error.code;
  }
}

/** Whatever was thrown, as an AppError (anything unexpected becomes `internal`). */
export function toAppError(thrown: unknown): AppError {
  if (thrown instanceof AppErrorException) return thrown.error;
  return { code: 'internal', message: 'Something went wrong inside Lantern. Please try again.' };
}

/**
 * Calls one channel of the contract. Input and output types come from the contract's zod
 * schemas; main validates both ends, so a resolved value matches `OutputOf<C>`.
 * Errors are values over IPC; here they become an `AppErrorException` for TanStack Query.
 */
export async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  let result;
  try {
    result = await bridge().invoke(channel, input);
  } catch {
    // The preload and the harness bridge never reject; this is a last line of defence.
    throw new AppErrorException({
      code: 'internal',
      message: 'Lantern could not deliver this request. Please try again.',
    });
  }
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw new AppErrorException({
      code: 'internal',
      message: 'Lantern received an answer it did not understand.',
    });
  }
  if (!result.ok) throw new AppErrorException(result.error);
  return result.value as OutputOf<C>;
}

export { lanternKey };

type QueryOptions<C extends ChannelName> = Omit<
  UseQueryOptions<OutputOf<C>, AppErrorException, OutputOf<C>, QueryKey>,
  'queryKey' | 'queryFn'
>;

/** `useQuery` over one channel. */
export function useLanternQuery<C extends ChannelName>(
  channel: C,
  input: InputOf<C>,
  options?: QueryOptions<C>,
) {
  return useQuery<OutputOf<C>, AppErrorException, OutputOf<C>, QueryKey>({
    queryKey: lanternKey(channel, input),
    queryFn: () => call(channel, input),
    ...options,
  });
}

type MutationOptions<C extends ChannelName> = Omit<
  UseMutationOptions<OutputOf<C>, AppErrorException, InputOf<C>>,
  'mutationFn'
>;

/**
 * `useMutation` over one channel. What the call makes stale (lib/invalidation.ts) is invalidated
 * before `mutateAsync` resolves, so what the caller does next sees fresh data. An `onSuccess`
 * passed here runs first, for what must be in place before the screens refresh (the recovery key
 * to show, before the new status opens the screen that shows it).
 */
export function useLanternMutation<C extends ChannelName>(channel: C, options?: MutationOptions<C>) {
  const queryClient = useQueryClient();
  return useMutation<OutputOf<C>, AppErrorException, InputOf<C>>({
    mutationFn: (input) => call(channel, input),
    ...options,
    onSuccess: async (...args) => {
      await options?.onSuccess?.(...args);
      await invalidateAfter(queryClient, channel, 'success');
    },
    onError: async (...args) => {
      await options?.onError?.(...args);
      await invalidateAfter(queryClient, channel, 'failure');
    },
  });
}
