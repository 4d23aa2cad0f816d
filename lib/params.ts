import { z } from "zod";
import { messagesFor, type Messages } from "@/lib/i18n";
import { hasUnreadableCharacters, showable } from "@/lib/validation/text";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Reads query parameters one by one against a schema. A bad value never fails
 * the page: it is dropped (the default applies) and a notice says so. A
 * repeated parameter counts once, by its first value; a value with characters
 * no typed text holds (bytes that were not UTF-8, control characters) is bad
 * whatever the parameter.
 */
export class ParamReader {
  readonly notices: string[] = [];
  /** `invalidParam`: the notice's words, in the page's language (English by default). */
  constructor(
    private readonly params: SearchParams,
    private readonly invalidParam: Messages["common"]["invalidParam"] = messagesFor("en").common.invalidParam,
  ) {}

  raw(name: string): string | undefined {
    const v = this.params[name];
    const s = (Array.isArray(v) ? v[0] : v)?.trim();
    if (s === undefined || s === "") return undefined;
    if (hasUnreadableCharacters(s)) return this.ignore(name, s);
    return s;
  }

  get<S extends z.ZodType>(name: string, schema: S): z.output<S> | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    return this.ignore(name, value);
  }

  /** Drops a bad value with a notice that shows its start. */
  ignore(name: string, value: string): undefined {
    this.notices.push(this.invalidParam(showable(name).slice(0, 40), showable(value.slice(0, 80))));
    return undefined;
  }
}

/** `path?k=v&…` with the parameters that have a value, in their order. */
export function hrefWith(path: string, params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** `include=record`: the change lists show record keeping beside changes in the world (decision 0008). */
export const RECORD_KEEPING_PARAM = { name: "include", value: "record" } as const;

/** Whether the reader asked for record keeping too; any other value of `include` is dropped with a notice. */
export function readRecordKeeping(params: ParamReader): boolean {
  return params.get(RECORD_KEEPING_PARAM.name, z.literal(RECORD_KEEPING_PARAM.value)) !== undefined;
}

/** `path` with record keeping asked for, or not: a link that shows the other choice. */
export function recordKeepingHref(path: string, withRecordKeeping: boolean, hash = ""): string {
  return `${path}${withRecordKeeping ? `?${RECORD_KEEPING_PARAM.name}=${RECORD_KEEPING_PARAM.value}` : ""}${hash}`;
}
