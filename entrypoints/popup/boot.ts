import { openStore, profileStore } from '../../src/profile/store';
import { sessionKeys } from '../../src/vault/session';
import { start } from './start';

// The popup's questions (which tab and step, the recent profiles), asked by a module that needs no UI code, so they
// are on their way while the UI's code (Preact, the views) still loads.

export const MAX_SHOWN = 50;
export const store = profileStore(openStore(), undefined, sessionKeys());
export const started = start(store, MAX_SHOWN);
