// @vitest-environment happy-dom
import Antd from 'ant-design-vue';
import { createApp, h, reactive, resolveComponent, type App } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../adapters/define-adapter';
import { antdTreeDriver } from './antd-tree';
import { libraryWidgetOf } from './index';

// The checkable Tree driver against the real ant-design-vue 4 Tree (Vue 3) in happy-dom: groups collapsed as the 公安
// portal's 交互服务 tree is, leaves ticked through the component, read back from what it draws.

const SPEC: FieldSpec = { path: 'websites[].security.interactiveServices', section: 'website', labels: ['交互服务项'] };
const TREE = [
  { key: 'g1', title: '信息发布类', children: ['论坛', '博客', '评论'].map((t) => ({ key: t, title: t })) },
  { key: 'g2', title: '社交通讯类', children: ['即时通信', '聊天室'].map((t) => ({ key: t, title: t })) },
];

const apps: App[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.unmount();
  document.body.innerHTML = '';
});

function mountTree(): { root: Element; state: { checked: string[] } } {
  const state = reactive({ checked: [] as string[] });
  const host = document.createElement('div');
  document.body.append(host);
  const app = createApp({
    render: () =>
      h(resolveComponent('a-tree'), {
        checkable: true,
        selectable: false,
        treeData: TREE,
        checkedKeys: state.checked,
        'onUpdate:checkedKeys': (keys: unknown) => (state.checked = (Array.isArray(keys) ? keys : []).map(String).filter((k) => !k.startsWith('g'))),
      }),
  }).use(Antd);
  app.mount(host);
  apps.push(app);
  const root = host.querySelector('.ant-tree');
  if (!root) throw new Error('no tree');
  return { root, state };
}

describe('ant-design-vue checkable Tree', () => {
  it('is a field of its own kind', () => {
    const { root } = mountTree();
    expect(libraryWidgetOf(root)).toBe('antd-tree');
  });

  it('opens the collapsed groups and ticks exactly the leaves asked, across groups; the component holds them', async () => {
    const { root, state } = mountTree();
    expect(await antdTreeDriver.write(root, ['评论', '即时通信'], SPEC)).toBeUndefined();
    expect([...state.checked].sort()).toEqual(['即时通信', '评论'].sort());
    expect(antdTreeDriver.read(root, SPEC)).toEqual(['评论', '即时通信']);
    // Asked again with one fewer: the other is unticked, nothing else changes.
    expect(await antdTreeDriver.write(root, ['即时通信'], SPEC)).toBeUndefined();
    expect(state.checked).toEqual(['即时通信']);
  });

  it('names an item the tree does not have and ticks nothing', async () => {
    const { root, state } = mountTree();
    expect(await antdTreeDriver.write(root, ['论坛', '网络直播'], SPEC)).toMatch(/网络直播/);
    expect(state.checked).toEqual([]);
  });
});
