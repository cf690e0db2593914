// npm run bench: prints each figure as it is measured, then all of them as JSON on the last line.
import { cpus } from "node:os";
import { benchScoring } from "./bench/score";

const figures: Record<string, number | string> = {};
const machine = `${cpus().length} x ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`;
console.log(`machine: ${machine}`);

Object.assign(figures, benchScoring());
console.log(`scoring 1,000 complete assessments: ${figures.scoreThousandMs} ms (median of 5)`);

console.log(JSON.stringify(figures));
