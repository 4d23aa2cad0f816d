import { Fragment } from "react";

/**
 * A description with its `backticked` spans as <code>: the OpenAPI document's
 * descriptions use Markdown's inline code and nothing else, so this renders
 * only that, as React nodes (never HTML). An unpaired backtick stays as text.
 */
export function InlineCode({ text }: { text: string }) {
  const parts = text.split("`");
  // An even count of parts means an odd count of backticks: the last one opens nothing.
  const closed = parts.length % 2 === 1 ? parts : [...parts.slice(0, -2), `${parts.at(-2)}\`${parts.at(-1)}`];
  return <>{closed.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>))}</>;
}
