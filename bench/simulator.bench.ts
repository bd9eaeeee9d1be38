import { execFileSync } from 'node:child_process';
import type { Figure } from './harness.ts';

/** The simulator's speed (persons x days per second, files included) and peak memory, in a child process. */
export function benchSimulator(persons: number, days: number, goalSeconds: number | undefined): Figure[] {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/simulator-child.ts', String(persons), String(days)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const result = JSON.parse(output.trim().split('\n').pop()!) as { seconds: number; maxRssBytes: number; infections: number };
  const rate = (persons * days) / result.seconds;
  const figures: Figure[] = [
    {
      benchmark: `simulator (${persons.toLocaleString('en-US')} persons x ${days} days, all files written)`,
      dialect: 'none',
      metric: `${result.seconds.toFixed(1)} s, ${result.infections.toLocaleString('en-US')} infections`,
      value: Math.round(rate),
      unit: 'person-days/s',
      ...(goalSeconds ? { reference: { name: `goal: within ${goalSeconds} s`, value: Math.round((persons * days) / goalSeconds), ratio: rate / ((persons * days) / goalSeconds), goal: 1 } } : {}),
    },
    { benchmark: `simulator peak memory (${persons.toLocaleString('en-US')} persons)`, dialect: 'none', metric: 'max RSS', value: Math.round(result.maxRssBytes / 1024 / 1024), unit: 'MiB' },
  ];
  return figures;
}
