import { i18n } from '#i18n';
import type { Profile } from '../profile/schema';

// Which service of the profile the popup fills, checks and captures: a website on a website step, an APP on an APP
// step — the agent's choice when it is of the page's kind, else the profile's first of that kind.

export type ServiceChoice = { path: string; words: string; name: string };

export function servicesOf(profile: Profile | undefined): ServiceChoice[] {
  if (!profile) return [];
  return [
    ...profile.websites.map((w, i) => ({ path: `websites[${i}]`, words: `${i18n.t('website')} ${i + 1}`, name: w.name || w.domains[0] || '' })),
    ...profile.apps.map((a, i) => ({ path: `apps[${i}]`, words: i18n.t('sectionApp', [String(i + 1)]), name: a.name })),
    ...profile.miniPrograms.map((m, i) => ({ path: `miniPrograms[${i}]`, words: i18n.t('sectionMiniProgram', [String(i + 1)]), name: m.name })),
  ];
}

/** The service for this page: `chosen` when the page asks for its kind, else the first of the page's kind. */
export function serviceFor(choices: readonly ServiceChoice[], chosen: string, step: string | undefined): string {
  const kind = step?.split('+').includes('app') ? 'apps[' : 'websites[';
  if (chosen.startsWith(kind) && choices.some((c) => c.path === chosen)) return chosen;
  return choices.find((c) => c.path.startsWith(kind))?.path ?? chosen;
}
