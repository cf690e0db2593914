// Which assessments are of the same country. Its own module so that the start page can
// group assessments without loading the comparison code.

/** Countries are the same when they match ignoring case, accents' encoding and extra spaces. */
export function sameCountryKey(country: string): string {
  return country.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}
