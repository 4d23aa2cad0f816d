"use client";

import NextLink from "next/link";
import type { ComponentProps } from "react";
import { localePath } from "@/lib/i18n/locales";
import { useClientWords } from "./ClientWords";

/**
 * next/link in the page's language: an app address ("/entities/1") leads to
 * the same language's page ("/ko/entities/1" from a Korean page). Pages link
 * with this one, so no address is written twice.
 */
export function Link({ href, ...props }: ComponentProps<typeof NextLink>) {
  const { locale } = useClientWords();
  return <NextLink {...props} href={typeof href === "string" ? localePath(locale, href) : href} />;
}
