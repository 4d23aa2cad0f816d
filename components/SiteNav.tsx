"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { getMessages } from "@/lib/i18n";

const m = getMessages();
const LINKS = [
  { href: "/", label: m.common.nav.home },
  { href: "/entities", label: m.common.nav.entities },
  { href: "/announcements", label: m.common.nav.announcements },
  { href: "/history", label: m.common.nav.history },
  { href: "/export-controls", label: m.common.nav.exportControls },
];

export function SiteNav() {
  const pathname = usePathname();
  const current = (href: string) => (href === "/" ? pathname === "/" : pathname.startsWith(href));
  return (
    <nav className="site-nav" aria-label={m.common.nav.label}>
      <ul>
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={current(l.href) ? "page" : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
