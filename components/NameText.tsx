import type { ReactNode } from "react";
import { langOfScript } from "@/lib/domain/script";

/**
 * A name marked with its language: the one recorded for it, else the one its
 * script implies (Hangul → ko, Cyrillic → ru), so assistive technology reads
 * it right. `children` replace the value where the name is decorated (search
 * highlights).
 */
export function NameText({ name, children }: { name: { value: string; script: string; lang?: string | null }; children?: ReactNode }) {
  return <span lang={name.lang ?? langOfScript(name.script)}>{children ?? name.value}</span>;
}
