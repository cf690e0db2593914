// Fonts embedded in the PDF. jsPDF's standard 14 fonts only cover Latin-1, so we embed
// Noto Sans (Latin incl. all accents, Greek, Cyrillic) from the npm package
// @expo-google-fonts/noto-sans, and Noto Sans Arabic for Arabic script from
// @expo-google-fonts/noto-sans-arabic (fonts: SIL Open Font License 1.1; package code: MIT).
// The CSP forbids fetch(), so the TTF files are bundled as base64 data URLs (Vite
// `?inline`) inside this lazily loaded chunk; Vitest handles `?inline` the same way.
// Which font draws which run of text is decided in bidi.ts / text.ts.
import regularUrl from "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?inline";
import boldUrl from "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?inline";
import arabicRegularUrl from "@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?inline";
import arabicBoldUrl from "@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf?inline";

/** Base64-encoded TTF files, as jsPDF's addFileToVFS expects. */
export interface ReportFonts {
  regular: string;
  bold: string;
  arabicRegular: string;
  arabicBold: string;
}

const base64 = (dataUrl: string) => dataUrl.slice(dataUrl.indexOf(",") + 1);

export const reportFonts: ReportFonts = {
  regular: base64(regularUrl),
  bold: base64(boldUrl),
  arabicRegular: base64(arabicRegularUrl),
  arabicBold: base64(arabicBoldUrl),
};
