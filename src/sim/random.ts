/**
 * A seeded pseudo-random generator and the distributions the simulator draws from. Everything random in
 * a simulation comes from here, so that the same seed gives the same output byte for byte.
 */

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, PractRand-tested), 32-bit state words. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | string) {
    const [a, b, c] = seedWords(String(seed));
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = 1;
    for (let index = 0; index < 15; index++) this.nextUint32();
  }

  /** An independent stream for a named purpose, so that adding draws in one part leaves the others unchanged. */
  fork(label: string): Random {
    return new Random(`${this.nextUint32()}:${label}`);
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** A whole number in [min, max]. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Standard normal by Box–Muller. */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal given the mean and standard deviation of the variable itself (not of its log). */
  lognormal(mean: number, sd: number): number {
    const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
    return Math.exp(this.normal(Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2)));
  }

  /** Gamma(shape, scale) by Marsaglia and Tsang (2000), ACM TOMS 26:363. */
  gamma(shape: number, scale: number): number {
    if (shape < 1) return this.gamma(shape + 1, scale) * Math.pow(this.next(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.next();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v * scale;
    }
  }

  /** Poisson by inversion for small means, normal approximation beyond. */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 50) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const limit = Math.exp(-mean);
    let count = 0;
    let product = this.next();
    while (product > limit) {
      count++;
      product *= this.next();
    }
    return count;
  }

  shuffle<T>(items: T[]): T[] {
    for (let index = items.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1));
      [items[index], items[other]] = [items[other]!, items[index]!];
    }
    return items;
  }
}

/** Weighted choice in O(1) per draw: Vose's alias method (Vose 1991, IEEE TSE 17:972). */
export class WeightedChoice<T> {
  private readonly probability: Float64Array;
  private readonly alias: Uint32Array;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    const count = items.length;
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    if (count === 0 || !(total > 0)) throw new Error('weighted choice needs at least one positive weight');
    this.probability = new Float64Array(count);
    this.alias = new Uint32Array(count);
    const scaled = weights.map((weight) => (weight * count) / total);
    const small: number[] = [];
    const large: number[] = [];
    scaled.forEach((weight, index) => (weight < 1 ? small : large).push(index));
    while (small.length > 0 && large.length > 0) {
      const less = small.pop()!;
      const more = large.pop()!;
      this.probability[less] = scaled[less]!;
      this.alias[less] = more;
      scaled[more] = scaled[more]! + scaled[less]! - 1;
      (scaled[more]! < 1 ? small : large).push(more);
    }
    for (const index of [...small, ...large]) this.probability[index] = 1;
  }

  draw(random: Random): T {
    const column = Math.floor(random.next() * this.items.length);
    return this.items[random.next() < this.probability[column]! ? column : this.alias[column]!]!;
  }
}

/** Three state words from a seed text (FNV-1a variants), never all zero. */
function seedWords(seed: string): [number, number, number] {
  const words: [number, number, number] = [0x9e3779b9, 0x243f6a88, 0xb7e15162];
  for (let index = 0; index < seed.length; index++) {
    const code = seed.charCodeAt(index);
    for (let word = 0; word < 3; word++) words[word] = Math.imul(words[word]! ^ (code + word * 0x5bd1e995), 16777619) >>> 0;
  }
  return words;
}

/** Adds a value to the list kept under a key in a map of lists. */
export function appendTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}
