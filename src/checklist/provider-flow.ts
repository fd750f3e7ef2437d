import type { Text } from '../rules/define-rule';
import { findProvider, PROVIDERS } from '../rules/data/providers';

// Which filing flow a provider runs: its own console (Aliyun, Tencent, Huawei …) or an ISP 企业侧 system that still
// takes the signed paper-era documents (portals.md §2.6; seeds 002 and 004).

/** The ISP-side 企业侧 system's adapter id (portals.md §2.6). */
const ISP_SYSTEM = 'miit-enterprise';

export type ProviderFlow = {
  /** Our id for the provider (providers.ts, or `miit-enterprise`); undefined for a provider we do not know. */
  id: string | undefined;
  /** The provider as people name it (世纪互联 · 21Vianet), or as given when we do not know it. */
  label: Text;
  /** 21Vianet and the ISP 企业侧 systems: upload the signed 核验单, 授权书 and 域名证书 (seeds 002, 004). */
  isp: boolean;
};

/** A provider named by our adapter id (`aliyun`, `21vianet`, `miit-enterprise` …) or by any of its names (阿里云, 世纪互联 …). */
export function providerFlow(given: string): ProviderFlow {
  const name = given.trim();
  const known = PROVIDERS.find((p) => p.id === name) ?? findProvider(name);
  const id = name === ISP_SYSTEM ? ISP_SYSTEM : known?.id;
  const label: Text =
    id === ISP_SYSTEM
      ? { zh: '接入商的企业侧系统', en: "the ISP's 企业侧 system" }
      : { zh: known?.names[0] ?? name, en: known?.names.find((n) => /^[\x20-\x7e]+$/.test(n)) ?? known?.names[0] ?? name };
  return { id, label, isp: id === ISP_SYSTEM || id === '21vianet' };
}
