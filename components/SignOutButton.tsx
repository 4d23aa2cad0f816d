/** A plain form posting to /signout (app/signout/route.ts): works without JavaScript. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <form action="/signout" method="post">
      <button type="submit" className="button-secondary">
        {label}
      </button>
    </form>
  );
}
