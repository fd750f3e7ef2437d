// The options page opened at a profile (and a field of it): `options.html#profile=<id>&path=<field path>`, the link
// a reminder's notification opens. A fragment, not a query: it never reaches a server and changes without a reload.

export type ProfileTarget = { profileId: string; path?: string };

export function profileLink(target: ProfileTarget): string {
  const params = new URLSearchParams({ profile: target.profileId, ...(target.path ? { path: target.path } : {}) });
  return `#${params.toString()}`;
}

/** The profile a link points at; undefined for any other fragment. */
export function parseProfileLink(hash: string): ProfileTarget | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const profileId = params.get('profile')?.trim();
  if (!profileId) return undefined;
  const path = params.get('path')?.trim();
  return path ? { profileId, path } : { profileId };
}
