import { knownHosts } from '../adapters/index';

/** Match patterns for the portals the extension serves without asking (manifest host_permissions). */
export const portalMatchPatterns = (): string[] => knownHosts().map((host) => `https://${host}/*`);

/** Replica hosts of the e2e suite that no host adapter names (MIIT 企业侧 and a modern generic form). */
export const E2E_EXTRA_HOSTS = ['beian.isp-replica.test', 'beian.modern-portal.test'] as const;
