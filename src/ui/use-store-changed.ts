import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isStoreChanged } from '../messaging/store-changed';

/** Calls `onChanged` with the profiles each time the background says some arrived from the team (the latest callback, not the first). */
export function useStoreChanged(onChanged: (ids: readonly string[]) => void): void {
  const latest = useRef(onChanged);
  latest.current = onChanged;
  useEffect(() => {
    const listener = (message: unknown) => {
      if (isStoreChanged(message)) latest.current(message.ids);
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);
}
