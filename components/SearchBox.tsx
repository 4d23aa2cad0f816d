"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/**
 * The search input. Without JavaScript it is a plain GET form field; with it,
 * the results follow the typing (the URL is replaced 250 ms after the last
 * key, so the state stays shareable and the back button is not flooded).
 */
export function SearchBox({ label, placeholder, hint }: { label: string; placeholder: string; hint: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [value, setValue] = useState(params.get("q") ?? "");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function onChange(next: string) {
    setValue(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const q = new URLSearchParams(params.toString());
      if (next.trim()) q.set("q", next);
      else q.delete("q");
      q.delete("offset");
      router.replace(`${pathname}?${q.toString()}`, { scroll: false });
    }, 250);
  }

  return (
    <div className="field" style={{ flex: 1 }}>
      <label htmlFor="search-q">{label}</label>
      <input
        id="search-q"
        name="q"
        type="search"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-describedby="search-hint"
        onChange={(e) => onChange(e.target.value)}
      />
      <span id="search-hint" className="small muted">
        {hint}
      </span>
    </div>
  );
}
