/**
 * A macrotask: what waits behind long work over thousands of profiles (a paint, a Cancel click, another message to the
 * background) runs before the next slice of it.
 */
export const yieldToEvents = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Slices of thousands of profiles: small enough that a slice costs a few milliseconds. */
export const SLICE = 250;
