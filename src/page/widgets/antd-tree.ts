import { settle, waitFor } from '../wait';
import { asList, clean, type Driver } from './driver';

// A checkable Tree of Ant Design 4–6 and ant-design-vue 4 (antdv.com Tree; rc-tree / vc-tree TreeNode markup): each
// node a `.ant-tree-treenode` row holding its switcher (`_open`, `_close`, or `-noop` for a leaf), its checkbox
// (`-checked`, `-indeterminate`) and its `.ant-tree-title`. Groups start collapsed (the 公安 portal's 交互服务 tree), so
// every group is opened before the leaves are ticked; the profile names leaves, never a group (ticking a group would
// tick every item under it). The read-back is the checkbox state the component draws from its own checkedKeys.

const NODE = '.ant-tree-treenode:not([aria-hidden="true"])';
const nodesOf = (tree: Element) => [...tree.querySelectorAll(NODE)];
const titleOf = (node: Element) => clean(node.querySelector('.ant-tree-title')?.textContent ?? node.querySelector('[title]')?.getAttribute('title'));
const isLeaf = (node: Element) => node.querySelector('.ant-tree-switcher-noop') !== null;
const checkboxOf = (node: Element) => node.querySelector<HTMLElement>('.ant-tree-checkbox');
const isChecked = (node: Element) => checkboxOf(node)?.matches('.ant-tree-checkbox-checked') === true;
const closedSwitcher = (tree: Element) => tree.querySelector<HTMLElement>(`${NODE} .ant-tree-switcher_close`);
// vc-tree ignores an expand while a group's open motion runs (Tree.js "Do nothing when motion is in progress"); the
// motion draws its nodes in a `-treenode-motion` holder until it ends, and the tree takes clicks again one timer turn
// after that (onListChangeEnd's setTimeout), which no DOM change announces.
const moving = (tree: Element) => tree.querySelector('[class*="-treenode-motion"]') !== null;
const afterTimers = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
async function stillTree(tree: Element): Promise<boolean> {
  if (!(await waitFor(() => !moving(tree), tree))) return false;
  await afterTimers();
  return true;
}
const treeOf = (el: Element) => el.closest('.ant-tree') ?? el.querySelector('.ant-tree') ?? el;

/** The group bound: a tree deeper or wider than this is not one a person expands by hand either. */
const MAX_OPENED = 100;

/** Opens every collapsed group, one at a time, each waited for (bounded) until the component has redrawn it open. */
async function openAll(tree: Element): Promise<string | undefined> {
  for (let opened = 0; opened < MAX_OPENED; opened++) {
    const switcher = closedSwitcher(tree);
    if (!switcher) return undefined;
    if (!(await stillTree(tree))) return 'the tree kept moving';
    switcher.click();
    if (!(await waitFor(() => !moving(tree) && (!switcher.isConnected || switcher.matches('.ant-tree-switcher_open')), tree))) return `the group 「${titleOf(switcher.closest(NODE) ?? switcher)}」 of the tree did not open`;
  }
  return 'the tree has more groups than a person would open';
}

const checkedLeaves = (tree: Element) => nodesOf(tree).filter((n) => isLeaf(n) && isChecked(n)).map(titleOf);

export const antdTreeDriver: Driver = {
  holdsList: true,
  unordered: true,
  disabled: (el) => treeOf(el).matches('.ant-tree-disabled'),
  async write(el, value) {
    const tree = treeOf(el);
    const refused = await openAll(tree);
    if (refused) return refused;
    if (!(await stillTree(tree))) return 'the tree kept moving';
    const wanted = new Set(asList(value));
    const leaves = nodesOf(tree).filter(isLeaf);
    const missing = [...wanted].filter((w) => !leaves.some((n) => titleOf(n) === w));
    if (missing.length) return `the tree has no item 「${missing.join('」「')}」`;
    for (const leaf of leaves) {
      if (isChecked(leaf) === wanted.has(titleOf(leaf))) continue;
      checkboxOf(leaf)?.click();
      await settle();
    }
    const held = await waitFor(() => {
      const now = checkedLeaves(tree);
      return now.length === wanted.size && now.every((t) => wanted.has(t));
    }, tree);
    return held ? undefined : 'the tree did not keep the ticked items';
  },
  read: (el) => checkedLeaves(treeOf(el)),
};
