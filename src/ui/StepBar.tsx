import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Profile } from '../profile/schema';
import type { Finding } from '../rules/define-rule';
import { SeverityCounts } from './SeverityCounts';
import { say } from './lang';
import { WORDS } from './materials-model';
import { currentStep, filingSteps, stepCounts, type Step } from './step-model';

// The step bar at the editor's top, as the consoles show theirs: the filing's steps in order, each with its section's
// error and warning counts; a click opens the step's section and brings it into view. The step whose card is on
// screen is marked (aria-current="step"), followed with an IntersectionObserver as the page scrolls.

type Props = {
  profile: Profile;
  findings: readonly Finding[];
  /** Opens a section if it is closed. */
  onOpen: (id: string) => void;
};

function stepTitle(step: Step): string {
  const n = String((step.index ?? 0) + 1);
  switch (step.kind) {
    case 'subject':
      return i18n.t('sectionSubject');
    case 'subject-head':
      return i18n.t('sectionSubjectHead');
    case 'website':
      return i18n.t('sectionWebsite', [n]);
    case 'app':
      return i18n.t('sectionApp', [n]);
    case 'mini':
      return i18n.t('sectionMiniProgram', [n]);
    case 'materials':
      return say(WORDS.title);
    case 'security':
      return i18n.t('stepSecurity', [step.service === 'app' ? i18n.t('sectionApp', [n]) : i18n.t('sectionWebsite', [n])]);
  }
}

/**
 * The reading line: a strip just below the sticky bars (their height `covered`), where a card brought into view
 * starts. A section is "on screen" while it crosses the strip.
 */
const READING_STRIP = 80;
const readingBand = (covered: number, viewport: number) => `-${covered}px 0px -${Math.max(0, viewport - covered - READING_STRIP)}px 0px`;

export function StepBar({ profile, findings, onOpen }: Props) {
  const steps = filingSteps(profile);
  const ids = steps.map((s) => s.id).join(' ');
  const [current, setCurrent] = useState<string>();
  const [target, setTarget] = useState<string>();
  const bar = useRef<HTMLElement>(null);
  /** The height the sticky bars cover at the window's top, and the window's height: where the reading line is. */
  const [frame, setFrame] = useState({ covered: 0, viewport: 0 });

  // Follows the sections as they cross the reading line; observed again when the steps change (a service added) or
  // the line moves (the bars above grow, the window is resized).
  useEffect(() => {
    if (frame.viewport === 0) return;
    const band = { top: frame.covered, bottom: frame.covered + READING_STRIP };
    const observer = new IntersectionObserver(() => {
      // Measured when a section enters or leaves the band (not polled), each step's section where it is now.
      const placed = steps.flatMap((step) => {
        const rect = document.querySelector(`[data-section="${CSS.escape(step.id)}"]`)?.getBoundingClientRect();
        return rect ? [{ id: step.id, top: rect.top, bottom: rect.bottom }] : [];
      });
      const now = currentStep(placed, band);
      if (now) setCurrent(now);
    }, { rootMargin: readingBand(frame.covered, frame.viewport) });
    for (const id of ids.split(' ')) {
      const section = document.querySelector(`[data-section="${CSS.escape(id)}"]`);
      if (section) observer.observe(section);
    }
    return () => observer.disconnect();
  }, [ids, frame]);

  // The bar sticks below the workspace's own sticky action bar, whose height changes (its summary opens): measured,
  // not guessed, and handed to the sections too, so a section brought into view is not hidden under both bars.
  useEffect(() => {
    const actions = bar.current?.closest('main')?.querySelector<HTMLElement>('.actions');
    const root = document.documentElement;
    const place = () => {
      const above = actions?.offsetHeight ?? 0;
      const covered = above + (bar.current?.offsetHeight ?? 0);
      root.style.setProperty('--steps-top', `${above}px`);
      root.style.setProperty('--sections-scroll-margin', `${covered}px`);
      setFrame((was) => (was.covered === covered && was.viewport === window.innerHeight ? was : { covered, viewport: window.innerHeight }));
    };
    place();
    const observer = new ResizeObserver(place);
    if (actions) observer.observe(actions);
    if (bar.current) observer.observe(bar.current);
    window.addEventListener('resize', place);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', place);
    };
  }, []);

  // After the render that opened the step's sections, so its body is there to scroll to.
  useEffect(() => {
    if (!target) return;
    const section = document.querySelector<HTMLElement>(`[data-section="${CSS.escape(target)}"]`);
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector<HTMLElement>('.section-toggle')?.focus({ preventScroll: true });
    setTarget(undefined);
  }, [target]);

  function go(step: Step) {
    for (const id of step.sections) onOpen(id);
    setCurrent(step.id);
    setTarget(step.id);
  }

  return (
    <nav id="steps" class="steps" ref={bar} aria-label={i18n.t('stepsLabel')}>
      <ol>
        {steps.map((step, n) => {
          const { errors, warnings } = stepCounts(step.id, findings);
          return (
            <li key={step.id}>
              <button type="button" class="step" data-step={step.id} aria-current={current === step.id ? 'step' : undefined} onClick={() => go(step)}>
                <span class="step-number" aria-hidden="true">{n + 1}</span>
                <span class="step-title">
                  {stepTitle(step)}
                  {step.name && <span class="step-name data">{step.name}</span>}
                </span>
                <SeverityCounts errors={errors} warnings={warnings} />
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
