/**
 * A map that holds at most a given number of entries, so that the keys of a county's people stay in
 * memory without the cache growing with the whole country. Two generations approximate "least recently
 * used" at the cost of one lookup per hit: entries go to the young generation; when it is full it becomes
 * the old one and the previous old one is forgotten; a hit in the old generation moves the entry back.
 */
export class KeyCache<Key, Value> {
  private young = new Map<Key, Value>();
  private old = new Map<Key, Value>();
  private readonly generationSize: number;

  constructor(capacity: number) {
    this.generationSize = Math.max(1, Math.floor(capacity / 2));
  }

  get(id: Key): Value | undefined {
    const value = this.young.get(id);
    if (value !== undefined) return value;
    const aging = this.old.get(id);
    if (aging !== undefined) this.set(id, aging);
    return aging;
  }

  set(id: Key, value: Value): void {
    this.young.set(id, value);
    if (this.young.size >= this.generationSize) {
      this.old = this.young;
      this.young = new Map();
    }
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }

  /** How many entries are held (an entry may be counted in both generations). */
  get size(): number {
    return this.young.size + this.old.size;
  }
}
