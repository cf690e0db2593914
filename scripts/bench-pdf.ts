// Benchmark: median ms over 5 runs of rendering the full gap report PDF of a complete
// assessment (Examplia 2026 against 2024, national questionnaire), in English and as a
// right-to-left report with Arabic in every answer. Runs under tsx:
// the fonts are read from the npm package here, where the app bundles them (?inline).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { Assessment } from "../src/domain/assessment/assessment";
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

function questionnaire(file: string) {
  const v = validateQuestionnaire(JSON.parse(readFileSync(`questionnaires/${file}`, "utf8")));
  if (!v.ok) throw new Error(`questionnaires/${file} does not validate`);
  return v.questionnaire;
}

export async function benchPdf(runs = 5): Promise<{ pdfFullReportMs: number; pdfBytes: number; pdfArabicReportMs: number }> {
  const q = questionnaire("picmd-national.json");
  const fonts = {
    regular: font("noto-sans/400Regular/NotoSans_400Regular.ttf"),
    bold: font("noto-sans/700Bold/NotoSans_700Bold.ttf"),
    arabic: {
      regular: font("noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf"),
      bold: font("noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf"),
    },
  };
  const current = seed("examplia-2026");
  // 2024 was answered on version 1 of the questionnaire; the report compares across versions.
  const previous = { questionnaire: questionnaire("picmd-national.v1.json"), assessment: seed("examplia-2024") };
  const time = (assessment: Assessment, locale: string) => {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const model = buildReport({ questionnaire: q, assessment, previous, generatedOn: "2026-10-20", locale });
      bytes = renderReportPdfWithFonts(model, fonts).length;
      times.push(performance.now() - start);
    }
    return { ms: Math.round(median(times)), bytes };
  };
  const english = time(current, "en");
  // The right-to-left path: mirrored layout, and Arabic (mixed with Latin and digits) in every answer's evidence and comment.
  const arabicText = (n: number) => ({ evidence: `المرسوم رقم ${n} لسنة 2024 بشأن التنسيق بين الوزارات (Decree ${n}/2024)`, comment: "يجتمع المجلس مرتين في السنة" });
  const arabic = time(
    { ...current, country: "جمهورية المثال", answers: Object.fromEntries(Object.entries(current.answers).map(([id, a], n) => [id, { ...a, ...arabicText(n) }])) },
    "ar",
  );
  return { pdfFullReportMs: english.ms, pdfBytes: english.bytes, pdfArabicReportMs: arabic.ms };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  benchPdf().then((r) => console.log(JSON.stringify(r)));
}
