"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import type { SessionView } from "@/lib/auth/session-view";

/**
 * The reader's session, as GET /api/session tells it, for the few signed-in
 * parts of public pages (the header's account, the Admin link, Edit links).
 * Public pages render the same for every reader, so they can be cached by
 * data version; only these parts depend on the cookie, and only in the browser.
 * `null` until the answer arrives (and without JavaScript): render as signed out.
 */
const SessionContext = createContext<SessionView | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionView | null>(null);
  const pathname = usePathname();
  // Asked again on client navigation: signing in redirects without a full page load.
  useEffect(() => {
    let current = true;
    fetch("/api/session", { cache: "no-store", credentials: "same-origin" })
      .then((r) => (r.ok ? (r.json() as Promise<SessionView>) : null))
      .then((view) => {
        if (current && view) setSession(view);
      })
      .catch(() => {
        // Offline or the server is down: the page stays as for an anonymous reader.
      });
    return () => {
      current = false;
    };
  }, [pathname]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionView | null {
  return useContext(SessionContext);
}
