// The pipeline runner: a pass that throws is recorded and the passes after it still run.
import { describe, expect, test } from 'vitest';
import { analyze, PASSES } from '../../lib/analyze.ts';
import { runPasses } from '../../lib/pipeline.ts';
import type { AnalysisError } from '../../lib/types.ts';

describe('runPasses', () => {
  test('records a pass that throws, runs the rest', () => {
    const errors: AnalysisError[] = [];
    const out = runPasses<number, { a?: number; b?: number; c?: number }>(
      [
        { name: 'a', run: (n) => ({ a: n }) },
        {
          name: 'b',
          run: () => {
            throw new Error('boom');
          },
        },
        { name: 'c', run: (n, soFar) => ({ c: n + (soFar.a ?? 0) }) },
      ],
      1,
      {},
      errors,
    );
    expect(out).toEqual({ a: 1, c: 2 });
    expect(errors).toEqual([{ pass: 'b', message: 'boom' }]);
  });

  test('analyze() lists its passes in order and reports no errors on ordinary text', () => {
    expect(PASSES.map((p) => p.name)).toEqual(['actors', 'figures', 'sourcing', 'cue-filter', 'claims']);
    const a = analyze('The minister told reporters on Monday that 12 people had died.');
    expect(a.errors).toBeUndefined();
    expect(a.attributions.length).toBeGreaterThan(0);
  });
});
