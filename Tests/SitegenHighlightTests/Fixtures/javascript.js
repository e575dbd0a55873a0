import * as d3 from "d3";

// Draw a histogram of the samples
const width = 640, height = 400;
let bins = 20;

function histogram(data, { x = (d) => d, color = 'steelblue' } = {}) {
  const values = data.map(x).filter((v) => v != null && !Number.isNaN(v));
  const buckets = d3.bin().thresholds(bins)(values);
  for (const b of buckets) {
    if (b.length === 0) continue;
    console.log(`bucket ${b.x0}–${b.x1}: ${b.length}`);
  }
  return buckets;
}

class Sampler {
  constructor(seed = 42) {
    this.seed = seed;
  }
  async next() {
    this.seed = (this.seed * 16807) % 2147483647;
    return this.seed / 2147483647.0;
  }
}

export default async function main() {
  const s = new Sampler();
  const xs = await Promise.all([s.next(), s.next()]);
  const h = histogram(xs);
  return typeof h === "undefined" ? null : h.length > 0 ? true : false;
}
