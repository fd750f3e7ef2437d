import { knownHosts } from '../adapters/index';

/** Match patterns for the portals the extension serves without asking (manifest host_permissions). */
export const portalMatchPatterns = (): string[] => knownHosts().map((host) => `https://${host}/*`);

/**
 * Replica hosts of the e2e suite that no host adapter names: MIIT 企业侧, a modern generic form, and the consoles no
 * adapter knows (issue 14), which an agent grants when the extension asks; and every known portal's replica again
 * under a `.mirror.test` name no adapter knows, where the generic fill meets the same pages.
 */
export const E2E_EXTRA_HOSTS = [
  'beian.isp-replica.test',
  'beian.modern-portal.test',
  'console.volcengine.com',
  'console.ucloud.cn',
  'console.jdcloud.com',
  'beian.ctyun.cn',
  'console.bce.baidu.com',
  '*.mirror.test',
] as const;
