import { describe, expect, it } from 'vitest';
import { stageOf, STAGES } from './log-stages';

describe('stageOf', () => {
  it('reads every stage id as itself', () => {
    for (const stage of STAGES) expect(stageOf(stage)).toBe(stage);
  });

  it('reads what older versions stored in either language as the same stage', () => {
    expect(stageOf('已提交')).toBe('submitted');
    expect(stageOf('Submitted')).toBe('submitted');
  });

  it('leaves free text alone', () => {
    expect(stageOf('等客户补材料')).toBeUndefined();
  });
});
