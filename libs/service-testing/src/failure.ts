import type { AppError } from '@motcua/contracts';

/** The refusal a call ends in; a test that expected a refusal fails loudly if the call succeeded instead. */
export function failure(promise: Promise<unknown>): Promise<AppError> {
  return promise.then(
    (value) => {
      throw new Error(`expected a refusal, got ${JSON.stringify(value)}`);
    },
    (error: AppError) => error,
  );
}
