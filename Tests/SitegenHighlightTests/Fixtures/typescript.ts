import { readFile } from "node:fs/promises";

// A typed summary of a data set
interface Summary {
  mean: number;
  n: number;
  label?: string;
}

export type Row = { x: number; y: number };

export function summarize(rows: Row[], label: string = "all"): Summary {
  let total = 0;
  for (const r of rows) {
    total += r.y;
  }
  return { mean: rows.length ? total / rows.length : 0, n: rows.length, label };
}

export class Loader<T> {
  private cache = new Map<string, T>();
  constructor(readonly root: string) {}

  async load(name: string): Promise<T | undefined> {
    if (this.cache.has(name)) return this.cache.get(name);
    const text = await readFile(`${this.root}/${name}.json`, "utf8");
    const value = JSON.parse(text) as T;
    this.cache.set(name, value);
    return value;
  }
}
const enabled: boolean = true;
