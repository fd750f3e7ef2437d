// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { documentsOf } from './frames';
import { pageContext } from './locate-field';
import { recognise } from './recognise';

// Whose field is this: the same labels (负责人姓名, 证件号码, 手机号码) in two blocks, told apart by the block around
// them whatever its markup, and a page where no block can be told writes nothing there.

const person = (id: string) => `<label for="${id}n">负责人姓名</label><input id="${id}n"><label for="${id}c">证件号码</label><input id="${id}c"><label for="${id}m">手机号码</label><input id="${id}m">`;

/** Profile path → the id of the element it was found at, or its problem. */
function owners(html: string): Record<string, string> {
  document.body.innerHTML = html;
  const found = recognise(pageContext(documentsOf(document)), 'console.example.com');
  if ('error' in found) return { error: found.error };
  return Object.fromEntries(found.fields.map((f) => [f.spec.path, 'element' in f ? f.element.id : `× ${f.problem}`]));
}

describe('whose field is this', () => {
  it.each([
    ['headings', (a: string, b: string) => `<h3>主办单位负责人信息</h3>${a}<h3>网站负责人信息</h3>${b}`],
    ['cards (element-plus)', (a: string, b: string) => `<div class="el-card"><div class="el-card__header">主体负责人</div><div>${a}</div></div><div class="el-card"><div class="el-card__header">互联网信息服务负责人</div><div>${b}</div></div>`],
    ['cards (Arco)', (a: string, b: string) => `<div class="arco-card"><div class="arco-card-header"><div class="arco-card-header-title">主办者负责人信息</div></div>${a}</div><div class="arco-card"><div class="arco-card-header"><div class="arco-card-header-title">ICP负责人</div></div>${b}</div>`],
    ['plain text titles', (a: string, b: string) => `<div class="t">主办单位负责人信息</div><div>${a}</div><div class="t">网站负责人信息</div><div>${b}</div>`],
    ['ARIA regions', (a: string, b: string) => `<span id="x">主办单位负责人</span><section aria-labelledby="x">${a}</section><div role="group" aria-label="网站负责人">${b}</div>`],
  ])('puts each person in their own block: %s', (_, page) => {
    const found = owners(`<h3>主办单位信息</h3><label for="s">主办单位名称</label><input id="s">${page(person('a'), person('b'))}`);
    expect(found).toMatchObject({ 'subject.head.name': 'an', 'subject.head.certificate.number': 'ac', 'subject.head.mobiles': 'am', 'websites[].head.name': 'bn', 'websites[].head.mobiles': 'bm' });
  });

  it('a titled card decides for what is inside it, not the heading of the card before it', () => {
    const found = owners(`<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">网站负责人</div></div>${person('b')}</div><div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">推荐人</div></div>${person('r')}</div>`);
    expect(found['websites[].head.name']).toBe('bn');
  });

  it('on a subject step with one 负责人 and no heading, the 负责人 is the subject head’s', () => {
    const found = owners(`<label for="s">主办单位名称</label><input id="s">${person('a')}`);
    expect(found).toMatchObject({ 'subject.name': 's', 'subject.head.name': 'an', 'subject.head.mobiles': 'am' });
    expect(found['websites[].head.name']).toBeUndefined();
  });

  it('on a website step with one 负责人 and no heading, the 负责人 is the website head’s', () => {
    const found = owners(`<label for="w">网站名称</label><input id="w">${person('b')}`);
    expect(found).toMatchObject({ 'websites[].name': 'w', 'websites[].head.name': 'bn' });
    expect(found['subject.head.name']).toBeUndefined();
  });

  it('where no block can be told, writes nothing there and says why', () => {
    const found = owners(`<label for="s">主办单位名称</label><input id="s"><label for="w">网站名称</label><input id="w">${person('a')}`);
    expect(found['subject.head.name']).toMatch(/which 负责人 is unclear/);
    expect(found['websites[].head.name']).toMatch(/which 负责人 is unclear/);
  });

  it('a label that names its block places the field without a heading', () => {
    const found = owners(`<label for="s">主办单位名称</label><input id="s"><label for="w">网站名称</label><input id="w">
      <label for="a">主办单位负责人姓名</label><input id="a"><label for="b">网站负责人姓名</label><input id="b">`);
    expect(found).toMatchObject({ 'subject.head.name': 'a', 'websites[].head.name': 'b' });
  });

  it('a control two blocks read alike goes to the one whose heading is its own', () => {
    const found = owners(`<h3>主办单位信息</h3><label for="s">主办单位名称</label><input id="s"><label for="t">证件类型</label><select id="t"></select>`);
    expect(found['subject.certificate.type']).toBe('t');
    expect(found['subject.head.certificate.type']).toMatch(/another block/);
  });

  it('steps bars and tabs are not headings; the current step is the page’s block when nothing else is', () => {
    const found = owners(`<div class="ant-steps"><div class="ant-steps-item ant-steps-item-process"><div class="ant-steps-item-title">主办者信息</div></div>
      <div class="ant-steps-item"><div class="ant-steps-item-title">网站信息</div></div></div><label for="s">单位名称</label><input id="s">${person('a')}`);
    expect(found).toMatchObject({ 'subject.name': 's', 'subject.head.name': 'an' });
  });
});
