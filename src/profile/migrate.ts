import { CURRENT_VERSION } from './schema';

/**
 * Upgrades an older interchange document one version at a time: `migrations[n]` turns a version-n profile object
 * into version n+1. Migrations never drop data they do not understand: they move it, and the strict v(n+1) parse names
 * anything left.
 */
export const migrations: Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>> = {
  // profile-format.md "Version 2": every v1 document is a v2 document once its version reads 2.
  1: (doc) => ({ ...doc, version: 2 }),
};

export type VersionCheck = { ok: true; doc: Record<string, unknown> } | { ok: false; message: string };

export function migrateToCurrent(doc: Record<string, unknown>): VersionCheck {
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: '版本号应为正整数 · version must be a positive integer' };
  }
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      message: `文件版本 ${version} 比本扩展支持的版本 ${CURRENT_VERSION} 新，请更新备案助手 · version ${version} is newer than this extension reads (${CURRENT_VERSION}); please update Beian Assistant`,
    };
  }
  let current = doc;
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, message: `无法从版本 ${v} 迁移 · no migration from version ${v}` };
    current = step(current);
  }
  return { ok: true, doc: current };
}
