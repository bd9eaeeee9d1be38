import { ApiError } from './problem.ts';

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful answer from the typed client; anything else is thrown as an ApiError. */
export async function unwrap<T>(pending: Promise<ClientResult<T>>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok) throw new ApiError(response.status, error);
  return data as T;
}
