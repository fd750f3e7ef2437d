import { browser } from 'wxt/browser';
import type { ApiAnswers, ApiType, RequestOf } from '../messaging/protocol';

/**
 * Sends an automation-API request from an extension page. The background answers each request type with the
 * answer the protocol map names (src/background/handle-api.ts), so the answer is typed by that map here, once.
 */
export async function callApi<T extends ApiType>(request: RequestOf<T>): Promise<ApiAnswers[T]> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  return answer as ApiAnswers[T];
}
