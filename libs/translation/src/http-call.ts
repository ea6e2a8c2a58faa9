import { TranslationProviderUnavailableError } from './translation-errors';

export interface HttpReply {
  status: number;
  body: unknown;
}

/**
 * One HTTP request to a provider under a time limit. Not reaching it, or no answer in time, is an
 * outage; any answer, whatever its status, goes back to the adapter to judge.
 */
export async function httpCall(
  provider: string,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<HttpReply> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    // fetch hides the socket's error (ECONNREFUSED, …) in its cause.
    const { cause } = error as { cause?: { code?: string; message?: string } };
    const detail =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : `${cause?.code ?? cause?.message ?? String(error)} at ${url}`;
    throw new TranslationProviderUnavailableError(provider, detail, { cause: error });
  }
  const text = await response.text().catch(() => '');
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Some failures come back as plain text or HTML; the adapter reports the status.
  }
  return { status: response.status, body };
}
