"use client";

import { Link } from "@/components/Link";
import { hasRole } from "@/lib/domain/roles";
import { useClientWords } from "./ClientWords";
import { useSession } from "./SessionProvider";

/** "Edit", to a public page's admin page: only for editors and admins (the admin page checks for itself). */
export function EditLink({ href }: { href: string }) {
  const session = useSession();
  const { edit } = useClientWords();
  if (!session?.signedIn || !hasRole(session.role, "editor")) return null;
  return (
    <Link href={href} className="edit-link">
      {edit}
    </Link>
  );
}
