import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FillProgress } from '../fill/apply';
import { isFillProgress } from '../messaging/page-protocol';
import type { Profile } from '../profile/schema';
import { fieldName } from './field-names';
import { lang } from './lang';

/**
 * A fill's progress in the tab it runs in, as the page reports it: a step that waits on its own option lists (a
 * cascader loading each level, a certificate list reloading after 性质) can take seconds.
 */
export function FillProgressBar({ tabId, profile }: { tabId: number; profile?: Profile | undefined }) {
  const [progress, setProgress] = useState<FillProgress>();
  useEffect(() => {
    const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (isFillProgress(message) && sender.tab?.id === tabId) setProgress({ done: message.done, total: message.total, ...(message.path ? { path: message.path } : {}) });
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [tabId]);
  if (!progress) return null;
  const text = i18n.t('fillProgress', [String(progress.done), String(progress.total)]);
  return (
    <div id="fill-progress" role="status">
      <progress max={progress.total} value={progress.done} aria-label={text} />
      <span>
        {text}
        {progress.path ? ` · ${fieldName(progress.path, lang, profile)}` : ''}
      </span>
    </div>
  );
}
