// Benchmark: median ms over 5 runs of rendering the full gap report PDF of a complete
// assessment (Examplia 2026 against 2024, national questionnaire). Runs under tsx:
// the fonts are read from the npm package here, where the app bundles them (?inline).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { readDocumentText } from "../src/domain/document/read";
import { validateQuestionnaire } from "../src/domain/questionnaire/validate";
import { buildReport } from "../src/domain/report";
import { renderReportPdfWithFonts } from "../src/features/report/pdf/render";
import { median } from "./bench/median";

const require = createRequire(import.meta.url);
const font = (path: string) => readFileSync(require.resolve(`@expo-google-fonts/${path}`)).toString("base64");

function seed(name: string) {
  const r = readDocumentText(readFileSync(`seeds/${name}.json`, "utf8"));
  if (!r.ok) throw new Error(`seeds/${name}.json: ${JSON.stringify(r.problems)}`);
  return r.document.assessment;
}

export async function benchPdf(runs = 5): Promise<{ pdfFullReportMs: number; pdfBytes: number }> {
  const v = validateQuestionnaire(JSON.parse(readFileSync("questionnaires/picmd-national.json", "utf8")));
  if (!v.ok) throw new Error("questionnaires/picmd-national.json does not validate");
  const q = v.questionnaire;
  const fonts = {
    regular: font("noto-sans/400Regular/NotoSans_400Regular.ttf"),
    bold: font("noto-sans/700Bold/NotoSans_700Bold.ttf"),
    arabic: {
      regular: font("noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf"),
      bold: font("noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf"),
    },
  };
  const current = seed("examplia-2026");
  const previous = { questionnaire: q, assessment: seed("examplia-2024") };
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const model = buildReport({ questionnaire: q, assessment: current, previous, generatedOn: "2026-10-20", locale: "en" });
    bytes = renderReportPdfWithFonts(model, fonts).length;
    times.push(performance.now() - start);
  }
  return { pdfFullReportMs: Math.round(median(times)), pdfBytes: bytes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  benchPdf().then((r) => console.log(JSON.stringify(r)));
}
