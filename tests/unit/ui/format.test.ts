import { describe, expect, it } from "vitest";
import { formatDateTime } from "../../../src/ui/format";

describe("formatDateTime", () => {
  it("formats a real date in the reader's language", () => {
    expect(formatDateTime("en", "2026-10-15T10:00:00.000Z")).toMatch(/^15 Oct 2026, \d\d:00$/);
  });

  it("never throws on a date that does not exist (a damaged record once blanked the start page this way)", () => {
    for (const bad of ["2026-13-45T99:99:99Z", "0000-00-00T0Z", ""]) expect(formatDateTime("fr", bad)).toBe(bad);
  });
});
