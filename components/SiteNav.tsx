"use client";

import { Link } from "@/components/Link";
import { usePathname } from "next/navigation";
import { hasRole } from "@/lib/domain/roles";
import { splitLocale } from "@/lib/i18n/locales";
import { useClientWords, type ClientWords } from "./ClientWords";
import { useSession } from "./SessionProvider";

type NavLink = { href: string; label: string; also?: string[] };

const linksOf = (nav: ClientWords["nav"]): NavLink[] => [
  { href: "/", label: nav.home },
  { href: "/search", label: nav.search },
  { href: "/screen", label: nav.screen },
  { href: "/entities", label: nav.entities },
  { href: "/announcements", label: nav.announcements },
  { href: "/history", label: nav.history },
  { href: "/export-controls", label: nav.exportControls },
  // An import run's pages belong with the list it imported.
  { href: "/sources", label: nav.sources, also: ["/imports"] },
];

export function SiteNav() {
  // Which link is current is read from the path without its language prefix.
  const pathname = splitLocale(usePathname()).path;
  const session = useSession();
  const { nav } = useClientWords();
  const links = linksOf(nav);
  // Signed-in links last, so they appear without moving the others: saved screenings, then (editors and admins) admin.
  if (session?.signedIn) links.push({ href: "/watchlists", label: nav.watchlists });
  if (session?.signedIn && hasRole(session.role, "editor")) links.push({ href: "/admin", label: nav.admin });
  const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
  const current = (l: NavLink) =>
    l.href === "/" ? pathname === "/" : [l.href, ...(l.also ?? [])].some((prefix) => under(pathname, prefix));
  return (
    <nav className="site-nav" aria-label={nav.label}>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={current(l) ? "page" : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
