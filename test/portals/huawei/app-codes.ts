// The APP step's own codes (mobile-app.ts), in a module without UI imports so the e2e expectations can read them.

/** The platforms as 选择平台 holds them (checkbox values). */
export const PLATFORM_CODES = { Android: '1', iOS: '2', HarmonyOS: '3' } as const;
/** The prefix of each platform panel's state keys (`android.packageName`, …). */
export const PANEL_KEYS = { Android: 'android', iOS: 'ios', HarmonyOS: 'harmony' } as const;
