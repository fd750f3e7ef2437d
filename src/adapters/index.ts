import vianet from './21vianet';
import aliyun from './aliyun';
import type { Adapter } from './define-adapter';
import generic from './generic';
import huawei from './huawei';
import miitEnterprise from './miit-enterprise';
import mps from './mps';
import tencent from './tencent';

/** Host adapters first, then page-signature adapters, then generic (automation-api.md: adapter selection). */
export const adapters: readonly Adapter[] = [vianet, huawei, aliyun, tencent, mps, miitEnterprise, generic];

export function hostMatches(pattern: string, hostname: string): boolean {
  if (pattern.startsWith('*.')) return hostname === pattern.slice(2) || hostname.endsWith(pattern.slice(1));
  return hostname === pattern;
}

export function adapterForHost(hostname: string): Adapter | undefined {
  return adapters.find((a) => a.hosts.some((h) => hostMatches(h, hostname)));
}

export const knownHosts = (): string[] => adapters.flatMap((a) => a.hosts);
