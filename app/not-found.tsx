import { Link } from "@/components/Link";
import { getMessages } from "@/lib/i18n/request";

export default async function NotFound() {
  const messages = await getMessages();
  const t = messages.common.notFound;
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
