// No "server-only": pure data, also read in the browser by /screen (lib/screening/input.ts).
import countries from "i18n-iso-countries";
// The attribute lets Node's own loader (Playwright's specs, tsx scripts) read the JSON as the bundler does.
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(en);

/**
 * Names the lists write that the ISO English names do not cover: OFAC writes
 * "Korea, North" and "Burma", the UN writes "Democratic People's Republic of
 * Korea" and "Iran (Islamic Republic of)". Keys are lower case.
 */
const OVERRIDES: Record<string, string> = {
  "korea, north": "KP",
  "north korea": "KP",
  "democratic people's republic of korea": "KP",
  "korea, democratic people's republic of": "KP",
  dprk: "KP",
  "korea, south": "KR",
  "south korea": "KR",
  "republic of korea": "KR",
  burma: "MM",
  russia: "RU",
  "russian federation": "RU",
  "soviet union": "RU",
  syria: "SY",
  iran: "IR",
  laos: "LA",
  "lao people's democratic republic": "LA",
  vietnam: "VN",
  "viet nam": "VN",
  palestinian: "PS",
  palestine: "PS",
  "west bank": "PS",
  gaza: "PS",
  "gaza strip": "PS",
  "state of palestine": "PS",
  "congo, democratic republic of the": "CD",
  "democratic republic of the congo": "CD",
  "congo, republic of the": "CG",
  "republic of the congo": "CG",
  "bahamas, the": "BS",
  "gambia, the": "GM",
  "cote d ivoire": "CI",
  "cote d'ivoire": "CI",
  "côte d'ivoire": "CI",
  "ivory coast": "CI",
  macau: "MO",
  macao: "MO",
  "hong kong": "HK",
  "china, hong kong special administrative region": "HK",
  "china, macao special administrative region": "MO",
  taiwan: "TW",
  kosovo: "XK",
  "czech republic": "CZ",
  brunei: "BN",
  "cabo verde": "CV",
  "cape verde": "CV",
  "micronesia, federated states of": "FM",
  moldova: "MD",
  "republic of moldova": "MD",
  "north macedonia": "MK",
  macedonia: "MK",
  "the former yugoslav republic of macedonia": "MK",
  swaziland: "SZ",
  eswatini: "SZ",
  "united kingdom of great britain and northern ireland": "GB",
  "united states of america": "US",
  "venezuela (bolivarian republic of)": "VE",
  "bolivia (plurinational state of)": "BO",
  "iran (islamic republic of)": "IR",
  "tanzania, united republic of": "TZ",
  "united republic of tanzania": "TZ",
  "syrian arab republic": "SY",
  turkey: "TR",
  türkiye: "TR",
  curacao: "CW",
  "sint maarten": "SX",
  "st. kitts and nevis": "KN",
  "st. vincent and the grenadines": "VC",
  "st. lucia": "LC",
  "sao tome and principe": "ST",
  "virgin islands, british": "VG",
  "british virgin islands": "VG",
  "virgin islands, u.s.": "VI",
  "timor-leste": "TL",
  "east timor": "TL",
  "holy see": "VA",
  "vatican city": "VA",
};

/** Words that say "no country" rather than naming one. */
const NO_COUNTRY = new Set(["", "none identified", "unknown", "stateless", "-0-"]);

let byName: Map<string, string | null> | undefined;

/** The ISO English names, lower case; a name two codes share (plain "Congo") maps to null. */
function isoNames(): Map<string, string | null> {
  if (byName) return byName;
  byName = new Map();
  for (const [code, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
    for (const name of names) {
      const key = name.toLowerCase();
      const seen = byName.get(key);
      byName.set(key, seen === undefined || seen === code ? code : null);
    }
  }
  return byName;
}

const cache = new Map<string, string | undefined>();

/** A country name as a list writes it → ISO 3166 alpha-2, or undefined when it does not map. */
export function countryCode(name: string): string | undefined {
  const key = name
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\s*&\s*/g, " and ")
    .replace(/\.$/, "")
    .toLowerCase();
  if (cache.has(key)) return cache.get(key);
  const code = lookup(key);
  cache.set(key, code);
  return code;
}

function lookup(key: string): string | undefined {
  if (NO_COUNTRY.has(key)) return undefined;
  const direct = OVERRIDES[key] ?? isoNames().get(key);
  if (direct) return direct;
  // "Korea, North" → "north korea"; "Bahamas, The" → "the bahamas"
  const comma = /^([^,]+),\s*(.+)$/.exec(key);
  if (comma) {
    const swapped = `${comma[2]} ${comma[1]}`;
    const code = OVERRIDES[swapped] ?? isoNames().get(swapped);
    if (code) return code;
  }
  const bare = key
    .replace(/\s*\([^)]*\)\s*/g, " ")
    .replace(/^the\s+/, "")
    .trim();
  if (bare !== key) return OVERRIDES[bare] ?? isoNames().get(bare) ?? undefined;
  return undefined;
}

/** alpha-2 where the name maps, else the name as written (trimmed); undefined for "none identified". */
export function countryOrName(name: string): string | undefined {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (NO_COUNTRY.has(trimmed.toLowerCase())) return undefined;
  return countryCode(trimmed) ?? trimmed;
}

/** A country code as the BIS list writes it ("US", "PRC", "GBR") → alpha-2, else undefined. */
export function countryFromCode(code: string): string | undefined {
  const c = code.trim().toUpperCase();
  if (c === "PRC") return "CN";
  if (c === "UK") return "GB";
  if (/^[A-Z]{2}$/.test(c)) return countries.isValid(c) || c === "XK" ? c : undefined;
  if (/^[A-Z]{3}$/.test(c)) return countries.alpha3ToAlpha2(c);
  return countryCode(c);
}
