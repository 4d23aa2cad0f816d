import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser, safeNextPath } from "@/lib/auth/guard";
import { hasRole } from "@/lib/domain/roles";
import { ParamReader, type SearchParams } from "@/lib/params";
import { SignInForm } from "./SignInForm";
import { getMessages } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).auth.signIn.title, robots: { index: false } };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const m = await getMessages();
  const { auth } = m;
  const next = safeNextPath(new ParamReader(await searchParams).raw("next"));
  const user = await getCurrentUser();
  // Signed in already: go where the sign-in would have gone.
  if (user) redirect(next ?? m.path(hasRole(user.role, "editor") ? "/admin" : "/"));
  const t = auth.signIn;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>
      <SignInForm next={next} t={{ email: t.email, password: t.password, submit: t.submit, submitting: t.submitting }} />
    </>
  );
}
