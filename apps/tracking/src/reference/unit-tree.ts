/** Deepest tree we walk; guards against a cycle in bad reference data. */
const MAX_DEPTH = 16;

/** The unit tree read through parent links (unit code → parent code, undefined at a root or an unknown unit). */
export class UnitTree {
  constructor(private readonly parentOf: (code: string) => string | null | undefined) {}

  /** The unit itself, then its parent, up to the root. */
  ancestry(code: string): string[] {
    const chain = [code];
    for (let parent = this.parentOf(code); parent && chain.length < MAX_DEPTH && !chain.includes(parent); parent = this.parentOf(parent)) {
      chain.push(parent);
    }
    return chain;
  }

  /** True when `code` is `ancestor` or lies under it. */
  isWithin(code: string, ancestor: string): boolean {
    return this.ancestry(code).includes(ancestor);
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
