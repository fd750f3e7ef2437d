import type { Profile } from '../profile/schema';
import type { Finding } from '../rules/define-rule';
import { SUBJECT_HEAD_SECTION, SUBJECT_SECTION, appSection, appSecuritySection, miniProgramSection, sectionsOf, websiteSection, websiteSecuritySection } from './sections';

// The editor's step bar: the filing's steps in the order the consoles ask them (主办单位, its 负责人, each service,
// 材料, then each service's 公安 filing, which comes after the ICP approval), each with the counts its section shows.

/** MaterialsSection's section id (MATERIALS_SECTION), kept here so this model stays free of the component. */
export const MATERIALS_STEP = 'materials';

export type StepKind = 'subject' | 'subject-head' | 'website' | 'app' | 'mini' | 'materials' | 'security';

export type Step = {
  /** The section the step goes to (`data-section`). */
  id: string;
  kind: StepKind;
  /** Every section to open for it to be seen, outermost first. */
  sections: readonly string[];
  /** The service's position in its list (website 1 is 0), for services and their 公安 step. */
  index?: number;
  /** Which service a 公安 step belongs to. */
  service?: 'website' | 'app';
  /** The service's own name as the profile holds it (data; may be empty). */
  name?: string;
};

export function filingSteps(profile: Profile): Step[] {
  const services: Step[] = [
    ...profile.websites.map((w, i): Step => ({ id: websiteSection(i), kind: 'website', sections: [websiteSection(i)], index: i, name: w.name })),
    ...profile.apps.map((a, i): Step => ({ id: appSection(i), kind: 'app', sections: [appSection(i)], index: i, name: a.name })),
    ...profile.miniPrograms.map((m, i): Step => ({ id: miniProgramSection(i), kind: 'mini', sections: [miniProgramSection(i)], index: i, name: m.name })),
  ];
  const security: Step[] = [
    ...profile.websites.map((w, i): Step => ({ id: websiteSecuritySection(i), kind: 'security', service: 'website', sections: [websiteSection(i), websiteSecuritySection(i)], index: i, name: w.name })),
    ...profile.apps.map((a, i): Step => ({ id: appSecuritySection(i), kind: 'security', service: 'app', sections: [appSection(i), appSecuritySection(i)], index: i, name: a.name })),
  ];
  return [
    { id: SUBJECT_SECTION, kind: 'subject', sections: [SUBJECT_SECTION] },
    { id: SUBJECT_HEAD_SECTION, kind: 'subject-head', sections: [SUBJECT_HEAD_SECTION] },
    ...services,
    { id: MATERIALS_STEP, kind: 'materials', sections: [MATERIALS_STEP] },
    ...security,
  ];
}

const isMaterial = (path: string) => path === 'materials' || path.startsWith('materials[');

/**
 * A step's error and warning counts, as its section's heading shows them: a finding counts in every section that
 * holds its field (a website's count includes its 公安 part's); the materials section counts the materials' findings.
 */
export function stepCounts(stepId: string, findings: readonly Finding[]): { errors: number; warnings: number } {
  const mine = findings.filter((f) => (stepId === MATERIALS_STEP ? isMaterial(f.path) : sectionsOf(f.path).includes(stepId)));
  return { errors: mine.filter((f) => f.severity === 'error').length, warnings: mine.filter((f) => f.severity === 'warning').length };
}

export type Placed = { id: string; top: number; bottom: number };

/**
 * The step whose card is on screen, from where each step's section is (window coordinates, in the steps' order) and
 * the reading band below the sticky bars. Of the sections crossing the band, the one that starts lowest: a 公安 part
 * inside its website's card rather than the card around it. In the gap between two cards, the last one begun; above
 * every card, the first step.
 */
export function currentStep(sections: readonly Placed[], band: { top: number; bottom: number }): string | undefined {
  const begun = sections.filter((s) => s.top <= band.bottom);
  const lowest = (list: readonly Placed[]) => list.reduce<Placed | undefined>((best, s) => (!best || s.top > best.top ? s : best), undefined);
  return (lowest(begun.filter((s) => s.bottom > band.top)) ?? lowest(begun) ?? sections[0])?.id;
}
