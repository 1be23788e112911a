// The worker pool of lib/parallel.ts with in-process fake workers: same analysis as analyze(), and a
// failing or crashing worker makes analyzeParallel reject (the background then analyses in its own thread).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze.ts';
import { parseSlice } from '../../lib/nlp.ts';
import {
  analyzeParallel,
  ParsePool,
  parallelTimeoutMs,
  poolSize,
  type WorkerJob,
  type WorkerLike,
  type WorkerReply,
} from '../../lib/parallel.ts';

type Mode = 'ok' | 'fail' | 'crash';
function fake(mode: Mode, log: WorkerJob[] = []): () => WorkerLike {
  return () => {
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => {},
      postMessage(job) {
        log.push(job);
        setTimeout(() => {
          if (mode === 'crash') return w.onerror?.({ message: 'boom' });
          const reply: WorkerReply =
            mode === 'fail'
              ? { type: 'failed', id: job.id, error: 'no parse' }
              : // a structured clone, as between threads
                structuredClone({ type: 'parsed', id: job.id, sentences: parseSlice(job.part, job.base) });
          w.onmessage?.({ data: reply });
        }, 0);
      },
    };
    setTimeout(() => w.onmessage?.({ data: { type: 'ready' } }), 0);
    return w;
  };
}

const TEXT = Array.from(
  { length: 30 },
  (_, i) =>
    `Update ${i}: President Maria Lopez said on Monday that ${1200 + i} families had been evacuated, according to officials who spoke on condition of anonymity.`,
).join('\n\n');

describe('ParsePool + analyzeParallel', () => {
  it('is ready only once every worker has said so, and no longer after close()', async () => {
    const pool = new ParsePool(fake('ok'), 2);
    expect(pool.ready).toBe(false);
    const warming = pool.warm();
    expect(pool.ready).toBe(false); // started, compromise still loading
    await warming;
    expect(pool.ready).toBe(true);
    pool.close();
    expect(pool.ready).toBe(false);
  });

  it('is not ready while a worker that crashed is replaced', async () => {
    const pool = new ParsePool(fake('crash'), 2);
    await pool.warm();
    await expect(analyzeParallel(TEXT, pool)).rejects.toThrow();
    expect(pool.ready).toBe(false);
    pool.close();
  });

  it('gives exactly analyze(text), each chunk on its own worker', async () => {
    const jobs: WorkerJob[] = [];
    const pool = new ParsePool(fake('ok', jobs), 3);
    await pool.warm();
    expect(pool.started).toBe(3);
    const { analysis, stats } = await analyzeParallel(TEXT, pool);
    expect(stats.chunks).toBe(3);
    expect(jobs).toHaveLength(3);
    expect(jobs.map((j) => j.base)[0]).toBe(0);
    expect(analysis).toEqual(analyze(TEXT));
    pool.close();
    expect(pool.started).toBe(0);
  });
  it('with the parses of the last analysis, parses a new paragraph in this thread (no job), same analysis', async () => {
    const jobs: WorkerJob[] = [];
    const pool = new ParsePool(fake('ok', jobs), 2);
    const first = await analyzeParallel(TEXT, pool, new Map());
    expect(jobs).toHaveLength(0); // nothing known, but under PARALLEL_MIN_CHARS: here
    const grown = `${TEXT}\nMayor Ines Duarte told reporters that 14 bridges had been closed.`;
    const { analysis, stats } = await analyzeParallel(grown, pool, first.parses);
    expect(jobs).toHaveLength(0);
    expect(stats.reparsed).toBe(2); // the new paragraph, and the one before it, which now ends in a line break
    expect(analysis).toEqual(analyze(grown));
    pool.close();
  });
  it('rejects when a worker reports a failure', async () => {
    const pool = new ParsePool(fake('fail'), 2);
    await expect(analyzeParallel(TEXT, pool)).rejects.toThrow(/no parse/);
    pool.close();
  });
  it('rejects when a worker crashes, and replaces it next time', async () => {
    const pool = new ParsePool(fake('crash'), 2);
    await expect(analyzeParallel(TEXT, pool)).rejects.toThrow(/parse worker failed: boom/);
    await new Promise((ok) => setTimeout(ok, 20));
    expect(pool.started).toBe(0);
    pool.close();
  });
  it('answers an empty text without the workers', async () => {
    const pool = new ParsePool(fake('crash'), 2);
    const { analysis } = await analyzeParallel('  ', pool);
    expect(analysis).toEqual(analyze('  '));
    pool.close();
  });
  it('sizes the pool 2..4 and scales the timeout with the text', () => {
    expect([undefined, 1, 2, 3, 8].map(poolSize)).toEqual([2, 2, 2, 3, 4]);
    expect(parallelTimeoutMs(300_000)).toBeGreaterThan(parallelTimeoutMs(40_000));
  });
});
