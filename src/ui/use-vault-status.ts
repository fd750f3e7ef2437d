import { useEffect, useState } from 'preact/hooks';
import type { VaultControl } from '../profile/store';
import { watchKey } from '../vault/session';

export type VaultStatus = { encrypted: boolean; locked: boolean };

/**
 * The vault's state as a page draws it, asked again each time the key comes or goes anywhere (a lock in another page,
 * the idle alarm, the API): undefined until first known.
 */
export function useVaultStatus(vault: VaultControl): VaultStatus | undefined {
  const [status, setStatus] = useState<VaultStatus>();
  useEffect(() => {
    let live = true;
    const ask = () => void vault.status().then((now) => live && setStatus((was) => (was?.encrypted === now.encrypted && was.locked === now.locked ? was : now)));
    ask();
    const stop = watchKey(ask);
    return () => {
      live = false;
      stop();
    };
  }, [vault]);
  return status;
}
