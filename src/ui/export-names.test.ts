import { describe, expect, it } from 'vitest';
import { exportName } from './export-names';

// 23:30 UTC on 5 December is 07:30 on 6 December in Beijing.
const now = new Date('2026-12-05T23:30:00Z');

describe('exportName', () => {
  it('names each kind in the UI language, dated by China’s calendar', () => {
    expect(exportName('all', now, 'zh', '')).toBe('备案资料-全部-2026-12-06.json');
    expect(exportName('all', now, 'en', '')).toBe('filing-profiles-all-2026-12-06.json');
    expect(exportName('selected', now, 'en', '')).toBe('filing-profiles-selected-2026-12-06.json');
    expect(exportName('backup', now, 'zh', '')).toBe('备案助手完整备份-2026-12-06.json');
    expect(exportName('encrypted', now, 'en', '')).toBe('beian-assistant-encrypted-backup-2026-12-06.encrypted.json');
  });

  it('keeps a label readable, replacing only what file systems refuse', () => {
    expect(exportName('one', now, 'zh', '云栖示例 · 官网/首次备案')).toBe('云栖示例 · 官网-首次备案.json');
    expect(exportName('one', now, 'en', '  ')).toBe('filing-profile.json');
  });
});
