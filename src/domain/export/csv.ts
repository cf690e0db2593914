// CSV that opens correctly in a spreadsheet: RFC 4180 quoting, CRLF line ends, UTF-8
// with a byte-order mark (so Excel reads accents and Arabic), and a guard against
// formula injection: a text cell that begins with = + - @ tab or carriage return gets
// a leading apostrophe, so a spreadsheet shows it as text instead of running it.
// Every text cell is quoted: French and Spanish spreadsheets split on ";", and an
// unquoted "See note;=cmd|..." would start a new cell with a formula there.
// Numbers are written as numbers (dot decimal separator) and are never guarded.

export type Cell = string | number | boolean | null;

export const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return BOM + lines.join("\r\n") + "\r\n";
}
