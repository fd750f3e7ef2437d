import { browser } from 'wxt/browser';
import type { ApiAnswers, ApiType, Failure, RequestOf } from '../messaging/protocol';

const NO_ANSWER: Failure = {
  ok: false,
  error: '扩展后台没有应答（浏览器可能刚停止了它）：请再试一次 · the extension’s background did not answer (the browser may just have stopped it): try again',
};

/**
 * Sends an automation-API request from an extension page. The background answers each request type with the
 * answer the protocol map names (src/background/handle-api.ts), so the answer is typed by that map here, once; a
 * background that was stopped mid-way answers nothing, which comes back as a failure the page can show.
 */
export async function callApi<T extends ApiType>(request: RequestOf<T>): Promise<ApiAnswers[T] | Failure> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(request);
    return answer === undefined || answer === null ? NO_ANSWER : (answer as ApiAnswers[T]);
  } catch {
    return NO_ANSWER;
  }
}
