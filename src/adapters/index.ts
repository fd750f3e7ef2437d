import vianet from './21vianet';
import type { Adapter, StepSpec } from './define-adapter';
import generic from './generic';
import miitEnterprise from './miit-enterprise';
import { queryAllFrames } from '../fill/frames';

/** Host adapters first, then page-signature adapters, then generic (automation-api.md: adapter selection). */
export const adapters: readonly Adapter[] = [vianet, miitEnterprise, generic];

export function hostMatches(pattern: string, hostname: string): boolean {
  if (pattern.startsWith('*.')) return hostname === pattern.slice(2) || hostname.endsWith(pattern.slice(1));
  return hostname === pattern;
}

export function adapterForHost(hostname: string): Adapter | undefined {
  return adapters.find((a) => a.hosts.some((h) => hostMatches(h, hostname)));
}

export const knownHosts = (): string[] => adapters.flatMap((a) => a.hosts);

export type Recognised = { adapter: Adapter; step: StepSpec };

/** The adapter and step for the page in front of us, or why there is none. */
export function recognise(doc: Document, hostname: string): Recognised | { error: string } {
  const byHost = adapterForHost(hostname);
  const candidates = byHost ? [byHost] : adapters.filter((a) => a.hosts.length === 0 && (!a.signature || queryAllFrames(doc, a.signature).length > 0));
  for (const adapter of candidates) {
    const step = adapter.steps.find((s) => queryAllFrames(doc, s.detect).length > 0);
    if (step) return { adapter, step };
  }
  return {
    error: byHost
      ? `这是${byHost.name}，但当前页面不是可填写的备案步骤 · This is ${byHost.name}, but this page is not a filing step it knows; open the form first.`
      : '当前页面没有可识别的备案表单 · No filing form recognised on this page.',
  };
}
