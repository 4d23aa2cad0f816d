/** The notice after a change went through (`?done=…`), read from the URL by the page. */
export function DoneNotice({ message }: { message: string | undefined }) {
  return message ? (
    <p className="notice" role="status">
      {message}
    </p>
  ) : null;
}
