import { describe, expect, it } from 'vitest';
import { splitList } from './editor-model';

describe('splitList', () => {
  it('reads a mobile typed in groups as one number', () => {
    expect(splitList('139 0571 0000', 'subject.head.mobiles')).toEqual(['13905710000']);
    expect(splitList('139-0571-0000', 'websites[0].head.mobiles')).toEqual(['13905710000']);
  });

  it('still separates several mobiles by line, comma or space between whole numbers', () => {
    expect(splitList('139 0571 0000\n137-0571-0000', 'subject.head.mobiles')).toEqual(['13905710000', '13705710000']);
    expect(splitList('13905710000 13705710000', 'subject.head.mobiles')).toEqual(['13905710000', '13705710000']);
    expect(splitList('13905710000，13705710000', 'subject.head.mobiles')).toEqual(['13905710000', '13705710000']);
  });

  it('splits other lists on spaces as before, keeping IP ranges whole', () => {
    expect(splitList('a.com b.com', 'websites[0].domains')).toEqual(['a.com', 'b.com']);
    expect(splitList('1.2.3.4-1.2.3.9 5.6.7.8', 'websites[0].access.ips')).toEqual(['1.2.3.4-1.2.3.9', '5.6.7.8']);
  });
});
