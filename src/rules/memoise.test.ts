import { describe, expect, it } from 'vitest';
import { perObject } from './memoise';

describe('perObject', () => {
  const counted = () => {
    let calls = 0;
    const lengthOf = perObject((list: readonly string[]) => {
      calls++;
      return list.length;
    }, 2);
    return { lengthOf, calls: () => calls };
  };

  it('answers for a recent object without asking again', () => {
    const { lengthOf, calls } = counted();
    const a = ['x'];
    const b = ['x', 'y'];
    expect([lengthOf(a), lengthOf(b), lengthOf(a), lengthOf(b)]).toEqual([1, 2, 1, 2]);
    expect(calls()).toBe(2);
  });

  it('asks again for an object pushed out by newer ones', () => {
    const { lengthOf, calls } = counted();
    const a = ['x'];
    lengthOf(a);
    lengthOf([]);
    lengthOf(['y', 'z']);
    expect(lengthOf(a)).toBe(1);
    expect(calls()).toBe(4);
  });

  it('keeps no answer when the function throws', () => {
    let calls = 0;
    const failing = perObject((_: object) => {
      calls++;
      throw new Error('no');
    });
    const key = {};
    expect(() => failing(key)).toThrow('no');
    expect(() => failing(key)).toThrow('no');
    expect(calls).toBe(2);
  });
});
