import { admin as enAdmin } from "./en/admin";
import { auth as enAuth } from "./en/auth";
import { common as enCommon } from "./en/common";
import { entities as enEntities } from "./en/entities";
import { exportControls as enExportControls } from "./en/export-controls";
import { admin as koAdmin } from "./ko/admin";
import { auth as koAuth } from "./ko/auth";
import { common as koCommon } from "./ko/common";
import { entities as koEntities } from "./ko/entities";
import { exportControls as koExportControls } from "./ko/export-controls";
import type { Messages } from "./index";
import type { Locale } from "./locales";

/** The catalog's parts the admin forms read in the browser, in the catalog's shape. */
export type FormMessages = Pick<Messages, "admin" | "auth" | "common" | "entities" | "exportControls">;

const FORM_MESSAGES: Record<Locale, FormMessages> = {
  en: { admin: enAdmin, auth: enAuth, common: enCommon, entities: enEntities, exportControls: enExportControls },
  ko: { admin: koAdmin, auth: koAuth, common: koCommon, entities: koEntities, exportControls: koExportControls },
};

/**
 * The words of the admin forms and of the schemas they validate with, in one
 * language: those run in the browser too (on submit, before the server action
 * runs the same schema), so they cannot take the catalog from getMessages(),
 * which is server-only. A client component asks for its page's language
 * (`useClientWords().locale`), a server action for the request's
 * (`await getLocale()`); code outside a request (commands, importers,
 * scripts) asks for English. Only these parts, of both languages,
 * reach the admin pages' client chunks, never the public pages' ones.
 */
export function getFormMessages(locale: Locale): FormMessages {
  return FORM_MESSAGES[locale];
}

/**
 * The one pattern of everything a form builds from the catalog (its zod
 * schemas, the field helpers they are made of, the identifier rules): a
 * function of the language, built once per language on first use and kept,
 * so the browser and the server action of a page parse with the very same
 * schema, in the page's language.
 */
export function perLocale<T>(build: (m: FormMessages, locale: Locale) => T): (locale: Locale) => T {
  const built = new Map<Locale, T>();
  return (locale) => {
    let value = built.get(locale);
    if (value === undefined) {
      value = build(getFormMessages(locale), locale);
      built.set(locale, value);
    }
    return value;
  };
}
