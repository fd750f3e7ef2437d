import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import type { ApiAnswers, ApiType, Failure, RequestOf } from '../messaging/protocol';

const noAnswer = (): Failure => ({ ok: false, error: i18n.t('noAnswer') });

/**
 * Sends an automation-API request from an extension page. The background answers each request type with the
 * answer the protocol map names (src/background/handle-api.ts), so the answer is typed by that map here, once; a
 * background that was stopped mid-way answers nothing, which comes back as a failure the page can show.
 */
export async function callApi<T extends ApiType>(request: RequestOf<T>): Promise<ApiAnswers[T] | Failure> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(request);
    return answer === undefined || answer === null ? noAnswer() : (answer as ApiAnswers[T]);
  } catch {
    return noAnswer();
  }
}
