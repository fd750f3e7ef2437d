// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { documentsOf } from './frames';
import { pageContext } from './locate-field';
import { readPlatformChoice } from './read-page';

// 公安's APP step asks 发布平台 as one group of boxes and no field per platform: capture reads the ticked ones back.

const GROUP = `<div class="row"><label>发布平台</label><div>
  <label><input type="checkbox" checked>安卓</label><label><input type="checkbox">苹果</label><label><input type="checkbox" checked>鸿蒙</label>
</div></div>`;
const APP_NAME = { path: 'apps[0].name', value: '云栖记账' };

describe('the platforms ticked in one group', () => {
  it('come back as the APP’s platforms in the page’s order, by their canonical names', () => {
    document.body.innerHTML = GROUP;
    expect(readPlatformChoice(pageContext(documentsOf(document)), [APP_NAME], 0)).toEqual([
      { path: 'apps[0].platforms[0].platform', value: 'Android' },
      { path: 'apps[0].platforms[1].platform', value: 'HarmonyOS' },
    ]);
  });

  it('are not read on a page of no APP, nor where platform blocks already name them', () => {
    document.body.innerHTML = GROUP;
    expect(readPlatformChoice(pageContext(documentsOf(document)), [{ path: 'websites[0].name', value: '官网' }], 0)).toEqual([]);
    expect(readPlatformChoice(pageContext(documentsOf(document)), [APP_NAME, { path: 'apps[0].platforms[0].platform', value: 'iOS' }], 0)).toEqual([]);
  });
});
