import { describe, expect, it } from 'vitest';
import { sectionsOf } from './sections';

describe('sectionsOf', () => {
  it('names every section a finding must open, outermost first', () => {
    expect(sectionsOf('subject.certificate.number')).toEqual(['subject']);
    expect(sectionsOf('subject.region.province')).toEqual(['subject']);
    expect(sectionsOf('subject.head.mobiles[0]')).toEqual(['subject-head']);
    expect(sectionsOf('websites[2].head.certificate.number')).toEqual(['website-2', 'website-2-head']);
    expect(sectionsOf('websites[0].access.ips[1]')).toEqual(['website-0', 'website-0-access']);
    expect(sectionsOf('websites[1].domains[0]')).toEqual(['website-1']);
    expect(sectionsOf('websites[1].approvals[0].number')).toEqual(['website-1']);
    expect(sectionsOf('apps[0].platforms[1].fingerprint')).toEqual(['app-0', 'app-0-platforms']);
    expect(sectionsOf('apps[2].head.mobiles[0]')).toEqual(['app-2', 'app-2-head']);
    expect(sectionsOf('apps[0].name')).toEqual(['app-0']);
    expect(sectionsOf('miniPrograms[1].head.name')).toEqual(['mini-1', 'mini-1-head']);
  });

  it('keeps the profile label outside every section, and does not take a look-alike key for the head', () => {
    expect(sectionsOf('label')).toEqual([]);
    expect(sectionsOf('websites[0].headline')).toEqual(['website-0']);
  });
});
