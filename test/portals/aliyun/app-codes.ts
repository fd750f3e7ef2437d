// The APP step's own codes (mobile-app.tsx), in a module without UI imports so the e2e expectations can read them.

/** The platforms the 平台 select offers, as it holds them. */
export const PLATFORM_CODES = { Android: 'ANDROID', iOS: 'IOS', HarmonyOS: 'HARMONY' } as const;
