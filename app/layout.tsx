import type { Metadata } from "next";
import { Link } from "@/components/Link";
import type { ReactNode } from "react";
import { getMessages, getRequestPath } from "@/lib/i18n/request";
import { LOCALES, localePath } from "@/lib/i18n/locales";
import { AccountMenu } from "@/components/AccountMenu";
import { ClientWordsProvider, type ClientWords } from "@/components/ClientWords";
import { FooterSignIn } from "@/components/FooterSignIn";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { SessionProvider } from "@/components/SessionProvider";
import { SiteNav } from "@/components/SiteNav";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const m = await getMessages();
  return {
    title: { default: m.common.siteName, template: `%s · ${m.common.siteName}` },
    description: m.common.siteTagline,
    alternates: { types: { "application/atom+xml": [{ url: m.path("/history/feed.xml"), title: m.exports.feed.title }] } },
  };
}

/**
 * The page's language is its address's (/ko/... is Korean), handed over by
 * the proxy; every page names its other-language version in its head and in
 * the header's switch, which keeps the path and the query.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const m = await getMessages();
  const path = await getRequestPath();
  /** What the client components of every page say (components/ClientWords.tsx): this, and not the catalog, reaches the browser. */
  const clientWords: ClientWords = {
    locale: m.locale,
    nav: m.common.nav,
    account: m.common.account,
    roles: m.auth.roles,
    signOut: m.auth.signOut.button,
    signIn: m.common.footerLinks.signIn,
    edit: m.common.edit,
    error: m.common.error,
    language: m.common.language,
  };
  return (
    <html lang={m.locale}>
      <head>
        {LOCALES.map((locale) => (
          <link key={locale} rel="alternate" hrefLang={locale} href={localePath(locale, path)} />
        ))}
        <link rel="alternate" hrefLang="x-default" href={path} />
      </head>
      <body>
        <SessionProvider>
          <ClientWordsProvider words={clientWords}>
            <a className="skip-link" href="#main">
              {m.common.skipToContent}
            </a>
            <header className="site-header">
              <div className="inner">
                <Link href="/" className="site-name">
                  {m.common.siteName}
                </Link>
                <SiteNav />
                <LanguageSwitch path={path} />
                <AccountMenu />
              </div>
            </header>
            <main id="main" tabIndex={-1}>
              {children}
            </main>
            <footer className="site-footer">
              <div className="inner">
                {m.common.footer} <Link href="/api-docs">{m.common.footerLinks.api}</Link> ·{" "}
                {/* A plain link: the feed is a route handler, not a page for the router to prefetch. */}
                <a href={m.path("/history/feed.xml")}>{m.common.footerLinks.feed}</a>
                <FooterSignIn />
              </div>
            </footer>
          </ClientWordsProvider>
        </SessionProvider>
      </body>
    </html>
  );
}
