"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { hasRole } from "@/lib/domain/roles";
import { getMessages } from "@/lib/i18n";
import { useSession } from "./SessionProvider";

const m = getMessages();
const LINKS: { href: string; label: string; also?: string[] }[] = [
  { href: "/", label: m.common.nav.home },
  { href: "/search", label: m.common.nav.search },
  { href: "/entities", label: m.common.nav.entities },
  { href: "/announcements", label: m.common.nav.announcements },
  { href: "/history", label: m.common.nav.history },
  { href: "/export-controls", label: m.common.nav.exportControls },
  // An import run's pages belong with the list it imported.
  { href: "/sources", label: m.common.nav.sources, also: ["/imports"] },
];
const ADMIN_LINK = { href: "/admin", label: m.common.nav.admin };

export function SiteNav() {
  const pathname = usePathname();
  const session = useSession();
  // Editors and admins only, and last, so it appears without moving the other links.
  const links = session?.signedIn && hasRole(session.role, "editor") ? [...LINKS, ADMIN_LINK] : LINKS;
  const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
  const current = (l: (typeof LINKS)[number]) =>
    l.href === "/" ? pathname === "/" : [l.href, ...(l.also ?? [])].some((prefix) => under(pathname, prefix));
  return (
    <nav className="site-nav" aria-label={m.common.nav.label}>
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
