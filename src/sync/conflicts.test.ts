import { describe, expect, it } from 'vitest';
import { enterprise } from '../../test/support/sample';
import { toStored } from '../profile/store';
import { diffRecords } from './conflicts';
import { toSynced } from './envelope';

// The field-by-field view of a conflict: paths as the interchange format writes them; lists given whole on both sides.

const record = (change: (p: ReturnType<typeof enterprise>) => void, tags: string[] = []) => {
  const profile = enterprise();
  change(profile);
  return { ...toSynced(toStored(profile, '2026-12-07T08:00:00.000Z', 'same-id')), tags };
};

describe('diffRecords', () => {
  it('names each differing field by path, lists whole, items of equal-length object lists one by one', () => {
    const mine = record((p) => {
      p.subject.name = '甲';
      p.subject.head.mobiles = ['13900000001'];
      p.websites[0]!.name = '我的网站';
    }, ['客户A']);
    const theirs = record((p) => {
      p.subject.name = '乙';
      p.subject.head.mobiles = ['13900000001', '13900000002'];
    }, ['客户A', '加急']);
    const diff = diffRecords(mine, theirs);
    expect(diff).toEqual(
      expect.arrayContaining([
        { path: 'subject.name', mine: '甲', theirs: '乙' },
        { path: 'subject.head.mobiles', mine: ['13900000001'], theirs: ['13900000001', '13900000002'], list: true },
        { path: 'websites[0].name', mine: '我的网站', theirs: enterprise().websites[0]!.name },
        { path: 'tags', mine: ['客户A'], theirs: ['客户A', '加急'], list: true },
      ]),
    );
    expect(diff).toHaveLength(4);
    expect(diffRecords(mine, mine)).toEqual([]);
  });

  it('a website added on one side gives both lists of websites', () => {
    const mine = record(() => undefined);
    const theirs = record((p) => {
      p.websites.push({ ...p.websites[0]!, name: '第二个网站' });
    });
    const [only] = diffRecords(mine, theirs);
    expect(only).toMatchObject({ path: 'websites', list: true });
    expect(only?.theirs).toHaveLength(2);
  });
});
