import { describe, expect, test } from 'vitest';
import { Random, WeightedChoice } from './random.ts';

function moments(values: number[]) {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return { mean, variance };
}

describe('seeded randomness', () => {
  test('the same seed gives the same sequence; another seed another', () => {
    const draw = (seed: string) => Array.from({ length: 5 }, ((random) => () => random.nextUint32())(new Random(seed)));
    expect(draw('taigu')).toEqual(draw('taigu'));
    expect(draw('taigu')).not.toEqual(draw('taigu2'));
  });

  test('uniform draws fill ten bins evenly (chi-square, 9 df, p > 0.001)', () => {
    const random = new Random(7);
    const bins = new Array(10).fill(0);
    for (let index = 0; index < 100_000; index++) bins[Math.floor(random.next() * 10)]++;
    const chiSquare = bins.reduce((sum, count) => sum + (count - 10_000) ** 2 / 10_000, 0);
    expect(chiSquare).toBeLessThan(27.88);
  });

  // Reference moments: gamma(k, θ) has mean kθ and variance kθ²; Poisson(λ) mean and variance λ;
  // log-normal parameterised by its own mean and sd reproduces them.
  test.each([
    ['gamma(2.5, 1.2)', (random: Random) => random.gamma(2.5, 1.2), 3, 3.6],
    ['gamma(0.6, 2)', (random: Random) => random.gamma(0.6, 2), 1.2, 2.4],
    ['poisson(3.5)', (random: Random) => random.poisson(3.5), 3.5, 3.5],
    ['lognormal(5, 2)', (random: Random) => random.lognormal(5, 2), 5, 4],
    ['normal(10, 3)', (random: Random) => random.normal(10, 3), 10, 9],
  ])('%s has the published mean and variance', (_name, draw, mean, variance) => {
    const random = new Random('moments');
    const { mean: observedMean, variance: observedVariance } = moments(Array.from({ length: 200_000 }, () => draw(random)));
    expect(observedMean).toBeCloseTo(mean, 1);
    expect(Math.abs(observedVariance - variance) / variance).toBeLessThan(0.03);
  });

  test('weighted choice draws in proportion to the weights', () => {
    const choice = new WeightedChoice(['a', 'b', 'c', 'd'], [1, 2, 3, 4]);
    const random = new Random(3);
    const counts: Record<string, number> = { a: 0, b: 0, c: 0, d: 0 };
    for (let index = 0; index < 100_000; index++) counts[choice.draw(random)]!++;
    expect(counts.a! / 100_000).toBeCloseTo(0.1, 2);
    expect(counts.d! / 100_000).toBeCloseTo(0.4, 2);
  });
});
