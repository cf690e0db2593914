// Fonts embedded in the PDF. jsPDF's standard 14 fonts only cover Latin-1, so we embed
// Noto Sans (Latin incl. all accents, Greek, Cyrillic) from the npm package
// @expo-google-fonts/noto-sans (fonts: SIL Open Font License 1.1; package code: MIT).
// Arabic script is drawn with Noto Sans Arabic (arabicFonts.ts, its own chunk); which font
// draws which run of text is decided in bidi.ts / text.ts.
// The CSP forbids fetch(), so the TTF files are bundled as base64 data URLs (Vite
// `?inline`) inside the lazily loaded chunks; Vitest handles `?inline` the same way.
import regularUrl from "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?inline";
import boldUrl from "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?inline";

/** Base64-encoded TTF files, as jsPDF's addFileToVFS expects. */
export interface FontPair {
  regular: string;
  bold: string;
}

/** Noto Sans, and Noto Sans Arabic when the report has Arabic script in it. */
export interface ReportFonts extends FontPair {
  arabic?: FontPair;
}

const base64 = (dataUrl: string) => dataUrl.slice(dataUrl.indexOf(",") + 1);

export const reportFonts: FontPair = { regular: base64(regularUrl), bold: base64(boldUrl) };
