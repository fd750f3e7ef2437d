import { describe, expect, it } from 'vitest';
import { enterprise, personal } from '../../test/support/sample';
import { summarise, toStored, SEARCH_INDEXES } from '../profile/store';
import { buildPeopleIndex, matchPeople, peopleTerms } from './people-search';

const NOW = '2026-11-23T08:00:00.000Z';

function records() {
  const a = enterprise();
  a.websites[0]!.head.name = '李华';
  a.websites[0]!.head.mobiles = ['13705712222'];
  return [toStored(a, NOW, 'a'), toStored(personal(), NOW, 'b')];
}

describe('people search', () => {
  it("finds a profile by any 负责人's name, mobile, office or emergency phone, or ID number", () => {
    const index = buildPeopleIndex(records());
    expect(matchPeople(index, '李华')).toEqual(new Set(['a']));
    expect(matchPeople(index, '王小明')).toEqual(new Set(['a']));
    expect(matchPeople(index, '13705712222')).toEqual(new Set(['a']));
    expect(matchPeople(index, '13916668888')).toEqual(new Set(['b']));
    expect(matchPeople(index, '0571-88886666')).toEqual(new Set(['a']));
    expect(matchPeople(index, '13905710001')).toEqual(new Set(['a']));
    expect(matchPeople(index, '310115199208152331')).toEqual(new Set(['b']));
  });

  it('matches a part of a number, typed with spaces or dashes, and an ID number in either case', () => {
    const index = buildPeopleIndex(records());
    expect(matchPeople(index, '137 0571 2222')).toEqual(new Set(['a']));
    expect(matchPeople(index, '0571 8888')).toEqual(new Set(['a']));
    expect(matchPeople(index, '199')).toEqual(new Set(['a', 'b']));
    const withX = enterprise();
    withX.subject.head.certificate.number = '11010519491231002X';
    expect(matchPeople(buildPeopleIndex([toStored(withX, NOW, 'x')]), '002x')).toEqual(new Set(['x']));
  });

  it('matches nothing for an empty query or a stranger', () => {
    const index = buildPeopleIndex(records());
    expect(matchPeople(index, '  ')).toEqual(new Set());
    expect(matchPeople(index, '没有这个人')).toEqual(new Set());
  });

  it('adds none of the people to what the store keeps in clear for its list and indexes', () => {
    for (const record of records()) {
      const clear = JSON.stringify([summarise(record), SEARCH_INDEXES.map((key) => record[key])]);
      for (const term of peopleTerms(record.profile)) {
        // The subject of a 个人 filing is its own head: that name and number were always the subject's.
        if (term === record.subjectName.toLowerCase() || term === record.certificateNumber.toLowerCase()) continue;
        expect(clear).not.toContain(term);
      }
    }
  });
});
