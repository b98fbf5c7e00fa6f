/** Deepest tree we walk; guards against a cycle in bad reference data. */
const MAX_DEPTH = 16;

/**
 * The unit tree read through parent links: `parentOf` gives a unit's parent code, null at a root, undefined for a
 * code the tree does not know. A code the tree does not know may have been merged away (routing's aliases: Đồng Tháp
 * 87 into 82 on 1 Jul 2025, commune 29969 into 29972): `successorOf` gives the unit that took it over, and the tree
 * treats that unit as the old code's place — its dossiers roll up there, its accounts act from there.
 */
export class UnitTree {
  constructor(
    private readonly parentOf: (code: string) => string | null | undefined,
    private readonly successorOf: (code: string) => string | undefined = () => undefined,
  ) {}

  /** The next code up: the parent, or for a code merged away, its successor. */
  private up(code: string): string | null | undefined {
    const parent = this.parentOf(code);
    return parent === undefined ? this.successorOf(code) : parent;
  }

  /**
   * The unit a code stands for today: itself when the tree knows it, else the first known unit its mergers lead to;
   * the code itself when nothing leads anywhere.
   */
  current(code: string): string {
    const seen = [code];
    for (let at = code; seen.length < MAX_DEPTH; ) {
      if (this.parentOf(at) !== undefined) return at;
      const next = this.successorOf(at);
      if (!next || seen.includes(next)) return code;
      seen.push(next);
      at = next;
    }
    return code;
  }

  /** The unit itself, then its parent (or successor), up to the root. */
  ancestry(code: string): string[] {
    const chain = [code];
    for (let next = this.up(code); next && chain.length < MAX_DEPTH && !chain.includes(next); next = this.up(next)) {
      chain.push(next);
    }
    return chain;
  }

  /** True when `code` is `ancestor` (or what it became) or lies under it. */
  isWithin(code: string, ancestor: string): boolean {
    const chain = this.ancestry(code);
    return chain.includes(ancestor) || chain.includes(this.current(ancestor));
  }

  /** The same unit today, whichever codes name it. */
  same(a: string, b: string): boolean {
    return a === b || this.current(a) === this.current(b);
  }

  /** Which of `codes` are `root` or under it. */
  within(root: string, codes: Iterable<string>): string[] {
    return [...codes].filter((code) => this.isWithin(code, root));
  }

  /**
   * The direct child of `root` that `code` rolls up to (a commune under a district rolls up to the district when the
   * report is for the province); `root` itself for the root's own dossiers; undefined outside the root.
   */
  childOf(root: string, code: string): string | undefined {
    const chain = this.ancestry(code);
    const at = chain.indexOf(root);
    if (at < 0) return undefined;
    return at === 0 ? root : chain[at - 1];
  }
}
