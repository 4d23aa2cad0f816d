import Link from "next/link";
import { getMessages } from "@/lib/i18n";

export default function NotFound() {
  const t = getMessages().common.notFound;
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <p>
        <Link href="/">{t.back}</Link>
      </p>
    </>
  );
}
