import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enterprise } from '../../test/support/sample';
import { exportProfile, exportProfileSet } from './export';
import { importDocument } from './import';
import { migrations } from './migrate';
import { formatPath, getAtPath, parsePath } from './paths';

const BASE = exportProfile(enterprise()) as unknown as Record<string, unknown>;
const base = () => structuredClone(BASE);

describe('importDocument', () => {
  it('reads a profile from text or a parsed object alike', () => {
    const doc = base();
    expect(importDocument(JSON.stringify(doc))).toEqual(importDocument(doc));
  });

  it('fills defaults for every optional field', () => {
    const result = importDocument({ format: 'icp-filing-profile', version: 1, subject: {}, websites: [{}] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [profile] = result.profiles;
    expect(profile?.subject.head.mobiles).toEqual([]);
    expect(profile?.websites[0]?.access.ips).toEqual([]);
    expect(profile?.label).toBe('');
  });

  it.each([
    ['not JSON', '{"format":', ''],
    ['an array', [], ''],
    ['wrong format', { ...base(), format: 'x' }, 'format'],
    ['no websites', { ...base(), websites: [] }, 'websites'],
    ['missing subject', { format: 'icp-filing-profile', version: 1, websites: [{}] }, 'subject'],
    ['unknown nested key', { ...base(), subject: { ...(base().subject as object), colour: 1 } }, 'subject.colour'],
    ['number where a list is', { ...base(), websites: [{ domains: 5 }] }, 'websites[0].domains'],
    ['newer version', { ...base(), version: 3 }, 'version'],
    ['fractional version', { ...base(), version: 1.5 }, 'version'],
  ])('refuses %s, naming the path', (_name, doc, path) => {
    const result = importDocument(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toContain(path);
  });

  it('asks the user to update the extension for a newer version', () => {
    const result = importDocument({ ...base(), version: 7 });
    expect(!result.ok && result.errors[0]?.message).toMatch(/update Beian Assistant/);
  });

  it('names every problem, not only the first', () => {
    const result = importDocument({ ...base(), label: 3, extra: true, websites: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual(['extra', 'label', 'websites']);
  });

  it('reads a profile set and names the failing member', () => {
    expect(importDocument(exportProfileSet([enterprise(), enterprise()]))).toMatchObject({ ok: true, kind: 'set' });
    const broken = { format: 'icp-filing-profile-set', version: 1, profiles: [base(), { ...base(), websites: 1 }] };
    const result = importDocument(broken);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['profiles[1].websites']);
  });

  it('normalises known synonyms and phone prefixes, and leaves filing errors alone', () => {
    const doc = base() as { subject: Record<string, unknown>; websites: Record<string, unknown>[] };
    const head = doc.subject.head as Record<string, unknown>;
    head.officePhone = '086-0571-88886666';
    head.mobiles = ['+8613905710000'];
    head.certificate = { type: '居民身份证', number: '33010619850612004x' };
    doc.websites[0]!.languages = ['简体中文'];
    (doc.websites[0]!.access as Record<string, unknown>).methods = ['其它方式'];
    const result = importDocument(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const p = result.profiles[0]!;
    expect(p.subject.head.officePhone).toBe('0571-88886666');
    expect(p.subject.head.mobiles).toEqual(['13905710000']);
    expect(p.subject.head.certificate.number).toBe('33010619850612004x');
    expect(p.websites[0]!.languages).toEqual(['中文简体']);
    expect(p.websites[0]!.access.methods).toEqual(['其他方式']);
  });

  it('reads a v1 document as v2, changing nothing but the version', () => {
    expect(Object.keys(migrations)).toEqual(['1']);
    const v1 = { ...base(), version: 1 };
    const result = importDocument(v1);
    expect(result.ok && exportProfile(result.profiles[0]!)).toEqual({ ...v1, version: 2 });
  });

  it('holds APP-only and mini-program-only profiles, and refuses one with no service at all', () => {
    const { websites: _none, ...rest } = base();
    expect(importDocument({ ...rest, apps: [{ name: '云栖记账', platforms: [{ platform: 'Android' }] }] })).toMatchObject({ ok: true });
    expect(importDocument({ ...rest, miniPrograms: [{ platform: '微信', appId: 'wx0123456789abcdef' }] })).toMatchObject({ ok: true });
    const none = importDocument({ ...rest, websites: [] });
    expect(!none.ok && none.errors.map((e) => e.path)).toEqual(['websites']);
    expect(!none.ok && none.errors[0]?.message).toMatch(/至少需要一个网站、APP 或小程序 · .*at least one website, APP or mini program/);
  });
});

// Replaces the value at a random path of a valid document, or adds a random key, to reach deep refusals.
function mutate(doc: Record<string, unknown>, pick: number, value: unknown, addKey: string | undefined): unknown {
  const paths: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (path) paths.push(path);
    if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${path}[${i}]`));
    else if (node && typeof node === 'object') for (const [k, child] of Object.entries(node)) walk(child, path ? `${path}.${k}` : k);
  };
  walk(doc, '');
  const target = paths[pick % paths.length] ?? 'label';
  const segments = parsePath(target);
  const last = segments.pop() ?? 'label';
  const parent = getAtPath(doc, formatPath(segments)) as Record<string | number, unknown>;
  if (addKey !== undefined && parent && typeof parent === 'object' && !Array.isArray(parent)) parent[`x${addKey}`] = value;
  else parent[last] = value;
  return doc;
}

describe('import never throws (100,000 random documents)', () => {
  const checkRefusal = (doc: unknown) => {
    const result = importDocument(doc);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(typeof error.path).toBe('string');
      expect(error.message.length).toBeGreaterThan(0);
    }
  };

  it('random JSON values and text', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.json()), checkRefusal), { numRuns: 40_000 });
  }, 120_000);

  it('valid profiles with one random subtree replaced or one key added', () => {
    fc.assert(
      fc.property(fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.option(fc.string({ maxLength: 5 })), (pick, value, addKey) => {
        const doc = mutate(base(), pick, value, addKey ?? undefined);
        const result = importDocument(doc);
        if (!result.ok) {
          for (const error of result.errors) {
            // The named path exists in the document, or is the key that should have been there.
            const parent = formatPath(parsePath(error.path).slice(0, -1));
            expect(error.path === '' || getAtPath(doc, error.path) !== undefined || getAtPath(doc, parent) !== undefined).toBe(true);
          }
        }
      }),
      { numRuns: 60_000 },
    );
  }, 120_000);
});

describe('paths', () => {
  it.each([
    [['websites', 0, 'head', 'mobiles', 1], 'websites[0].head.mobiles[1]'],
    [['subject', 'a.b'], 'subject["a.b"]'],
    [['x['], '["x["]'],
  ])('%j ⇄ %s', (segments, text) => {
    expect(formatPath(segments)).toBe(text);
    expect(parsePath(text)).toEqual(segments);
  });
});
