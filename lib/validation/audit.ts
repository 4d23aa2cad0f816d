import { z } from "zod";
import { fullDateSchema } from "./common";
import { pageNumber, wholeNumber } from "./number";

/**
 * The filter form of /admin/audit (a GET form: its fields are the query
 * string). Each field is read on its own, so one bad value is dropped with a
 * notice instead of failing the page.
 */
export const auditFiltersSchema = z.object({
  /** An exact actor: `user:3`, `seed`, `cli`, `import:ofac-sdn`. */
  actor: z
    .string()
    .trim()
    .max(100)
    .regex(/^[a-z][a-z0-9-]*(:[A-Za-z0-9._-]+)?$/),
  entity: wholeNumber(1, 1e12),
  from: fullDateSchema,
  to: fullDateSchema,
  page: pageNumber(),
});
