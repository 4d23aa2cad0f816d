/**
 * Signing in and submitting the admin forms over plain HTTP, as a browser
 * without JavaScript does: the forms are server actions that work without
 * JavaScript (progressive enhancement), so a GET of the page gives a <form>
 * whose hidden `$ACTION_…` fields name the action, and a multipart POST of its
 * fields runs it. Shared by the end-to-end test of concurrent edits
 * (e2e/writes/concurrent-edits.spec.ts) and the soak (scripts/bench-soak.ts).
 *
 * The fields are read from the HTML React renders on the server, a bounded
 * format: attributes double-quoted, text escaped with five entities
 * (&amp; &lt; &gt; &quot; &#x27;), no nested forms. No HTML parser is among
 * the dependencies, and these few patterns are all the reading needs.
 */

/** A form's fields in document order, as the browser would send them. */
export type FormFields = [name: string, value: string][];

/** What a submission came to. */
export type Submission = {
  status: number;
  /** applied: the action redirected (303); conflict: the form came back saying someone else changed the record; refused: it came back with another error; error: anything else (a 5xx…). */
  outcome: "applied" | "conflict" | "refused" | "error";
  location: string | null;
  body: string;
};

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (e) => ENTITIES[e]!);

function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)) out[m[1]!.toLowerCase()] = decode(m[2] ?? "");
  return out;
}

function fieldsOfForm(form: string): FormFields {
  const fields: FormFields = [];
  for (const m of form.matchAll(/<input\b[^>]*>|<textarea\b([^>]*)>([^<]*)<\/textarea>|<select\b[^>]*>[\s\S]*?<\/select>/g)) {
    const tag = m[0];
    if (tag.startsWith("<textarea")) {
      const name = attributesOf(m[1]!).name;
      // React writes a textarea's value as its text, after a newline that the browser drops.
      if (name) fields.push([name, decode(m[2]!.replace(/^\n/, ""))]);
      continue;
    }
    if (tag.startsWith("<select")) {
      const name = attributesOf(tag.slice(0, tag.indexOf(">"))).name;
      const options = [...tag.matchAll(/<option\b[^>]*>/g)].map((o) => attributesOf(o[0]));
      const chosen = options.find((o) => "selected" in o) ?? options[0];
      if (name && chosen) fields.push([name, chosen.value ?? ""]);
      continue;
    }
    const a = attributesOf(tag);
    const type = (a.type ?? "text").toLowerCase();
    if (!a.name || ["submit", "button", "reset", "image", "file"].includes(type)) continue;
    if ((type === "checkbox" || type === "radio") && !("checked" in a)) continue;
    fields.push([a.name, a.value ?? (type === "checkbox" || type === "radio" ? "on" : "")]);
  }
  return fields;
}

/** The fields of the first form on the page that has every one of `names`; throws when there is none. */
export function formFields(html: string, names: readonly string[]): FormFields {
  for (const m of html.matchAll(/<form\b[\s\S]*?<\/form>/g)) {
    const fields = fieldsOfForm(m[0]);
    const present = new Set(fields.map(([name]) => name));
    if (names.every((n) => present.has(n))) return fields;
  }
  throw new Error(`no form with the fields ${names.join(", ")} on the page`);
}

/** The fields with some values replaced (each name set once, where it stands). */
export function withValues(fields: FormFields, values: Record<string, string>): FormFields {
  return fields.map(([name, value]) => [name, name in values ? values[name]! : value]);
}

export type AdminHttp = { baseUrl: string; cookie: string };

async function getPage(baseUrl: string, path: string, cookie?: string): Promise<string> {
  const res = await fetch(baseUrl + path, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status}`);
  return body;
}

/** Posts the fields as the browser would (multipart, from a page of the same origin), not following the redirect. */
async function post(baseUrl: string, path: string, fields: FormFields, cookie?: string): Promise<Response> {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  return fetch(baseUrl + path, {
    method: "POST",
    body,
    headers: { origin: baseUrl, ...(cookie ? { cookie } : {}) },
    redirect: "manual",
  });
}

/** Signs in with the /signin form and returns the session's cookie. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<AdminHttp> {
  const fields = formFields(await getPage(baseUrl, "/signin"), ["email", "password"]);
  const res = await post(baseUrl, "/signin", withValues(fields, { email, password }));
  await res.arrayBuffer();
  const session = res.headers.getSetCookie().find((c) => /^[^=]+=[^;]+/.test(c) && !/=;|Max-Age=0/i.test(c));
  if (res.status !== 303 || !session) throw new Error(`sign-in as ${email} failed: HTTP ${res.status}`);
  return { baseUrl, cookie: session.split(";")[0]! };
}

/** A page's form (the first with every one of `names`), read as a signed-in user. */
export async function readForm(http: AdminHttp, path: string, names: readonly string[]): Promise<FormFields> {
  return formFields(await getPage(http.baseUrl, path, http.cookie), names);
}

/** The sentence a form comes back with when the record changed after it was opened (lib/i18n/en/admin.ts). */
const CONFLICT = "after you opened the form. Nothing was saved.";

/** Submits a form and says what came of it. */
export async function submitForm(http: AdminHttp, path: string, fields: FormFields): Promise<Submission> {
  const res = await post(http.baseUrl, path, fields, http.cookie);
  const body = await res.text();
  const location = res.headers.get("location");
  const outcome = res.status === 303 ? "applied" : res.status !== 200 ? "error" : body.includes(CONFLICT) ? "conflict" : "refused";
  return { status: res.status, outcome, location, body };
}

/** The fields of the entity edit form on /admin/entities/[id] (app/admin/entities/[id]/forms.tsx). */
export const ENTITY_EDIT_FIELDS = ["entityId", "version", "name", "remarks"] as const;
