import { getMessages } from "@/lib/i18n";

const { auth } = getMessages();

/** A plain form posting to /signout (app/signout/route.ts): works without JavaScript. */
export function SignOutButton() {
  return (
    <form action="/signout" method="post">
      <button type="submit" className="button-secondary">
        {auth.signOut.button}
      </button>
    </form>
  );
}
