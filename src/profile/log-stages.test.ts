import { describe, expect, it } from 'vitest';
import { STAGE_LABELS, stageOf, STAGES } from './log-stages';

describe('stageOf', () => {
  it('reads every stage id as itself', () => {
    for (const stage of STAGES) expect(stageOf(stage)).toBe(stage);
  });

  it('keeps the ids earlier versions stored', () => {
    for (const id of ['submitted', 'provider-review', 'bureau-review', 'approved', 'rejected', 'withdrawn']) expect(stageOf(id)).toBe(id);
  });

  it('reads what older versions stored in either language as the same stage', () => {
    expect(stageOf('已提交')).toBe('submitted');
    expect(stageOf('Submitted')).toBe('submitted');
  });

  it('reads a stage label typed in either language as that stage', () => {
    for (const stage of STAGES) {
      expect(stageOf(STAGE_LABELS[stage].zh)).toBe(stage);
      expect(stageOf(STAGE_LABELS[stage].en.toUpperCase())).toBe(stage);
    }
  });

  it('leaves free text alone', () => {
    expect(stageOf('等客户补材料')).toBeUndefined();
  });
});

describe('STAGE_LABELS', () => {
  it('names every stage in both languages, each label once', () => {
    const zh = STAGES.map((s) => STAGE_LABELS[s].zh);
    const en = STAGES.map((s) => STAGE_LABELS[s].en);
    expect(new Set(zh).size).toBe(STAGES.length);
    expect(new Set(en).size).toBe(STAGES.length);
    for (const label of [...zh, ...en]) expect(label.trim()).not.toBe('');
  });
});
