import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getMessages } from "@/lib/i18n";
import { AccountMenu } from "@/components/AccountMenu";
import { ClientWordsProvider, type ClientWords } from "@/components/ClientWords";
import { FooterSignIn } from "@/components/FooterSignIn";
import { SessionProvider } from "@/components/SessionProvider";
import { SiteNav } from "@/components/SiteNav";
import "./globals.css";

const m = getMessages();

export const metadata: Metadata = {
  title: { default: m.common.siteName, template: `%s · ${m.common.siteName}` },
  description: m.common.siteTagline,
  alternates: { types: { "application/atom+xml": [{ url: "/history/feed.xml", title: m.exports.feed.title }] } },
};

/** What the client components of every page say (components/ClientWords.tsx): this, and not the catalog, reaches the browser. */
const clientWords: ClientWords = {
  nav: m.common.nav,
  account: m.common.account,
  roles: m.auth.roles,
  signOut: m.auth.signOut.button,
  signIn: m.common.footerLinks.signIn,
  edit: m.common.edit,
  error: m.common.error,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
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
                <a href="/history/feed.xml">{m.common.footerLinks.feed}</a>
                <FooterSignIn />
              </div>
            </footer>
          </ClientWordsProvider>
        </SessionProvider>
      </body>
    </html>
  );
}
