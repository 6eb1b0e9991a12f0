// The realistic use cases of scenarios.ts, walked through the whole published flow: each reaches the
// class, duties and flags it states, and none takes more questions than a project lead should face.
import { describe, expect, it } from 'vitest';
import { treesAsFlow, completeWalk } from './testing.ts';
import { SCENARIOS } from './scenarios.ts';

const flow = treesAsFlow(['intro', 'ai-act-risk', 'hosting', 'transparency', 'guidelines']);

describe('realistic use cases', () => {
  for (const s of SCENARIOS) {
    it(s.name, () => {
      const r = completeWalk(flow, s.answers);
      // Every answer the scenario states is one the flow asked: a stale answer would hide a changed path.
      const asked = new Set(r.path.map((p) => p.id));
      expect(Object.keys(s.answers).filter((id) => !asked.has(id))).toEqual([]);
      const result = r.result!;
      expect(result.riskClass).toBe(s.expect.riskClass);
      const duties = result.duties.map((d) => d.id);
      expect(duties).toEqual(expect.arrayContaining(s.expect.duties ?? []));
      for (const d of s.expect.notDuties ?? []) expect(duties).not.toContain(d);
      expect(result.flags.map((f) => f.id)).toEqual(expect.arrayContaining(s.expect.flags ?? []));
    });
  }
});
