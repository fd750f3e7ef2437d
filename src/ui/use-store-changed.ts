import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isStoreChanged } from '../messaging/store-changed';

/** Calls `onChanged` each time the background says profiles arrived from the team (the latest callback, not the first). */
export function useStoreChanged(onChanged: () => void): void {
  const latest = useRef(onChanged);
  latest.current = onChanged;
  useEffect(() => {
    const listener = (message: unknown) => {
      if (isStoreChanged(message)) latest.current();
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);
}
