// One place that configures zod for the whole app: jitless, so zod never probes
// `new Function` (the Content-Security-Policy forbids eval).
import * as z from "zod/mini";

z.config({ jitless: true });

export { z };
