/**
 * A bounded, least-recently-used memory of what scanned codes resolved to, so that the scans at a busy
 * entrance do not each read the database. A revoked code is remembered for good (revoking is final); an
 * active one only for a while, so that a revocation made by another server process, or a venue renamed,
 * shows within that time. A revocation in this process updates the entry at once.
 */
export class ScanCache<Active> {
  private readonly entries = new Map<string, { value: Active | 'revoked'; expiresAt: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly activeMillis: number,
    private readonly now: () => number,
  ) {}

  /** What a code resolved to, if remembered and still fresh. */
  get(codeId: string): Active | 'revoked' | undefined {
    const entry = this.entries.get(codeId);
    if (!entry) return undefined;
    this.entries.delete(codeId);
    if (entry.expiresAt <= this.now()) return undefined;
    // Re-inserting moves the entry to the newest end of the map's order.
    this.entries.set(codeId, entry);
    return entry.value;
  }

  /** Remembers an active code for a while, unless it is known to be revoked: a read that raced a revocation must not undo it. */
  rememberActive(codeId: string, value: Active): void {
    if (this.entries.get(codeId)?.value === 'revoked') return;
    this.put(codeId, value, this.now() + this.activeMillis);
  }

  /** Remembers a revoked code for as long as there is room. */
  rememberRevoked(codeId: string): void {
    this.put(codeId, 'revoked', Number.POSITIVE_INFINITY);
  }

  get size(): number {
    return this.entries.size;
  }

  private put(codeId: string, value: Active | 'revoked', expiresAt: number): void {
    this.entries.delete(codeId);
    this.entries.set(codeId, { value, expiresAt });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
