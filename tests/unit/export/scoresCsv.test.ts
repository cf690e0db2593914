import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../../src/domain/export/csv";
import { SCORES_CSV_COLUMNS, scoresCsv, scoresCsvFileName } from "../../../src/domain/export/scoresCsv";
import { scoreAssessment } from "../../../src/domain/scoring/score";
import { answer, dontKnow, mini, notApplicable } from "../helpers";
import { assessmentOf } from "../compare/fixtures";
import { csvRecords, parseCsv } from "./parseCsv";

const q = mini();

function splitOutsideQuotes(line: string, separator: string): string[] {
  const cells = [""];
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    if (ch === separator && !quoted) cells.push("");
    else cells[cells.length - 1] += ch;
  }
  return cells;
}

describe("csv writer", () => {
  it("quotes every text cell (RFC 4180), doubling quotes; numbers and empty cells stay bare", () => {
    expect(csvCell("plain")).toBe('"plain"');
    expect(csvCell("")).toBe('""');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "yes"')).toBe('"say ""yes"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(72.5)).toBe("72.5");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("puts an apostrophe before text that a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe(`"'+1"`);
    expect(csvCell("-2+3")).toBe(`"'-2+3"`);
    expect(csvCell("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
    expect(csvCell("\tcmd")).toBe(`"'\tcmd"`);
    expect(csvCell("\rcmd")).toBe("\"'\rcmd\"");
    expect(csvCell("a=b")).toBe('"a=b"');
    // Numbers are numbers, not text: a negative change stays a number.
    expect(csvCell(-2)).toBe("-2");
  });

  it("starts with a BOM and ends every line with CRLF", () => {
    const text = toCsv(["a", "b"], [["x", 1], ["y", null]]);
    expect(text).toBe('\uFEFF"a","b"\r\n"x",1\r\n"y",\r\n');
  });

  it("keeps a formula after a semicolon inside its quoted cell (spreadsheets that split on ;)", () => {
    const line = toCsv(["evidence", "score"], [["See note;=cmd|' /C calc'!A0", 3]]).split("\r\n")[1]!;
    expect(line).toBe(`"See note;=cmd|' /C calc'!A0",3`);
    // Split the way a French spreadsheet does, on ";" outside quotes: nothing starts with "=".
    expect(splitOutsideQuotes(line, ";")).toEqual([line]);
    expect(parseCsv(`${line}\r\n`)).toEqual([["See note;=cmd|' /C calc'!A0", "3"]]);
  });
});

describe("scoresCsv", () => {
  const assessment = assessmentOf(
    q,
    2024,
    {
      "inst.body": answer("paper"),
      "inst.meets": answer("yes"),
      "inst.budget": notApplicable("=cmd|' /C calc'!A0, \"no budget\""),
      "rights.diaspora": dontKnow(),
    },
    { country: "Côte d'Ivoire, \"test\"", perspective: "origin" },
  );
  const text = scoresCsv(q, assessment);
  const records = csvRecords(text.slice(1));
  const result = scoreAssessment(q, { perspective: "origin", answers: assessment.answers });

  it("is UTF-8 text with a BOM, the documented header and CRLF lines", () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(text.slice(1))[0]).toEqual([...SCORES_CSV_COLUMNS]);
    expect(text.split("\r\n").length).toBe(1 + 1 + 2 + 5 + 1); // header, overall, 2 dims, 5 indicators, trailing ""
    expect(text).not.toMatch(/[^\r]\n/); // no bare LF (no cell here has a line break)
  });

  it("has one overall row, one per dimension and one per indicator, in that order", () => {
    expect(records.map((r) => `${r.row_type}:${r.dimension_id}:${r.indicator_id}`)).toEqual([
      "overall::",
      "dimension:inst:",
      "indicator:inst:inst.body",
      "indicator:inst:inst.meets",
      "indicator:inst:inst.budget",
      "dimension:rights:",
      "indicator:rights:rights.diaspora",
      "indicator:rights:rights.health",
    ]);
  });

  it("carries the numbers of scoreAssessment", () => {
    // inst: body 0.5, meets 1, budget N/A -> 100 * 1.5 / 2 = 75; rights: diaspora Don't know -> 0
    expect(Number(records[0]!.score)).toBeCloseTo(result.overall!, 6);
    expect(records[0]!.score).toBe("37.5");
    expect(records[0]!.coverage).toBe("1");
    for (const d of result.dimensions) {
      const row = records.find((r) => r.row_type === "dimension" && r.dimension_id === d.dimension.id)!;
      expect(Number(row.score)).toBeCloseTo(d.score!, 6);
      expect(Number(row.weight)).toBe(d.weightSum);
      expect(Number(row.weighted_value)).toBeCloseTo(d.weightedValueSum, 6);
      expect(row.category_id).toBe(d.category!.id);
      // The dimension's own arithmetic holds in the sheet.
      expect((100 * Number(row.weighted_value)) / Number(row.weight)).toBeCloseTo(Number(row.score), 4);
    }
    const body = records.find((r) => r.indicator_id === "inst.body")!;
    expect(body).toMatchObject({ status: "answered", answer_option_id: "paper", answer_label: "On paper", option_score: "5", value: "0.5", weight: "1", weighted_value: "0.5", lost_points: "25", foundational: "true", lead_ministry: "Ministry of Planning" });
    expect(records.find((r) => r.indicator_id === "rights.diaspora")).toMatchObject({ status: "dont_know", value: "0", answer_label: "" });
    expect(records.find((r) => r.indicator_id === "rights.health")).toMatchObject({ status: "out_of_scope", value: "", weighted_value: "" });
    expect(records.find((r) => r.row_type === "dimension" && r.dimension_id === "inst")).toMatchObject({ applicable: "2", answered: "2", not_applicable: "1", score: "75", category_label: "Meets" });
  });

  it("keeps hostile text as text", () => {
    const budget = records.find((r) => r.indicator_id === "inst.budget")!;
    expect(budget.status).toBe("not_applicable");
    expect(budget.not_applicable_reason).toBe("'=cmd|' /C calc'!A0, \"no budget\"");
    expect(records[0]!.country).toBe("Côte d'Ivoire, \"test\"");
  });

  it("names the file after the country and year", () => {
    expect(scoresCsvFileName({ country: "Côte d'Ivoire", year: 2024 })).toBe("scores-cote-d-ivoire-2024.csv");
    expect(scoresCsvFileName({ country: "مصر", year: 2026 })).toBe("scores-assessment-2026.csv");
  });
});
