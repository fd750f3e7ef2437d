import { z } from 'zod';

/**
 * What the background tells the extension's pages after profiles arrived from the team (written to the store, or found in or out of conflict):
 * IndexedDB writes raise no event in other pages, so an open list would go on showing what it read before.
 */
export const STORE_CHANGED = 'beian:store-changed';
/** `ids`: the profiles written, removed, or found in or out of conflict. */
export const storeChangedSchema = z.object({ type: z.literal(STORE_CHANGED), ids: z.array(z.string()).min(1) });
export type StoreChanged = z.infer<typeof storeChangedSchema>;
export const isStoreChanged = (message: unknown): message is StoreChanged => storeChangedSchema.safeParse(message).success;
