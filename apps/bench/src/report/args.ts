/** `--name=value`, `--name value` and `--flag` from argv; unknown names are an error (a typo must not silently run the defaults). */
export function parseArgs(argv: string[], known: Record<string, 'flag' | 'value'>): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`unexpected argument ${JSON.stringify(arg)}`);
    const [, name, inline] = m;
    const kind = known[name];
    if (!kind) throw new Error(`unknown option --${name} (known: ${Object.keys(known).map((k) => `--${k}`).join(', ')})`);
    if (kind === 'flag') {
      if (inline !== undefined) throw new Error(`--${name} takes no value`);
      out[name] = true;
    } else {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
      out[name] = value;
    }
  }
  return out;
}

export function numberList(text: string | boolean | undefined, fallback: number[]): number[] {
  if (typeof text !== 'string') return fallback;
  const values = text.split(',').map((v) => Number(v.trim()));
  if (values.some((v) => !Number.isFinite(v) || v <= 0)) throw new Error(`not a list of positive numbers: ${text}`);
  return values;
}

export function positive(text: string | boolean | undefined, fallback: number): number {
  if (typeof text !== 'string') return fallback;
  const v = Number(text);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`not a positive number: ${text}`);
  return v;
}

/** `K=V,K=V` → { K: 'V' }. */
export function envList(text: string | boolean | undefined): Record<string, string> {
  if (typeof text !== 'string') return {};
  const out: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(pair.trim());
    if (!m) throw new Error(`--env wants NAME=value pairs, got ${JSON.stringify(pair)}`);
    out[m[1]] = m[2];
  }
  return out;
}
