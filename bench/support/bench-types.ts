/** `ratio` is value / baseline; null when the baseline is 0 and the value is not. */
export type BenchRow = { name: string; value: number; unit: string; baseline: number; ratio: number | null };

/** A benchmark measures something and its baseline in the same run, on the same machine. */
export type Benchmark = { name: string; description: string; run: () => Promise<Omit<BenchRow, 'ratio'>[]> };
