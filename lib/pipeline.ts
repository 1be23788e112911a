// The pipeline runner: runs named passes in order over one parse. A pass that throws is recorded in
// `errors` (its own output stays empty) and the passes after it still run. The only error policy in lib/.
import type { AnalysisError } from './types.ts';

/** One named step: reads the input and what earlier passes made, returns its own part of the output. */
export interface Pass<I, O> {
  name: string;
  run(input: I, soFar: O): Partial<O>;
}

/** Runs the passes in order, merging each one's part into `out`; returns `out`. */
export function runPasses<I, O extends object>(
  passes: readonly Pass<I, O>[],
  input: I,
  out: O,
  errors: AnalysisError[],
): O {
  for (const pass of passes) {
    try {
      Object.assign(out, pass.run(input, out));
    } catch (error) {
      errors.push({ pass: pass.name, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
}
