// Noto Sans Arabic (regular, bold) from @expo-google-fonts/noto-sans-arabic (fonts: SIL Open
// Font License 1.1; package code: MIT), bundled as base64 like fonts.ts. A chunk of its own:
// download.ts loads it only for a report that has Arabic script in it.
import regularUrl from "@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?inline";
import boldUrl from "@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf?inline";
import type { FontPair } from "./fonts";

// (No value import from fonts.ts: that would make Noto Sans a chunk shared by both.)
const base64 = (dataUrl: string) => dataUrl.slice(dataUrl.indexOf(",") + 1);

export const arabicFonts: FontPair = { regular: base64(regularUrl), bold: base64(boldUrl) };
