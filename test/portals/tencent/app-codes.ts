// The APP step's own codes (mobile-app.tsx), in a module without UI imports so the e2e expectations can read them.

/** The platforms as the 平台 select holds them. */
export const PLATFORM_CODES = { Android: 'android', iOS: 'ios', HarmonyOS: 'harmony' } as const;
