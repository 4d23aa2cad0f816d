import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parseOfacSdn, parseUnConsolidated } from "@/lib/importers/parsers";
import type { ListRecord } from "@/lib/importers/types";
import {
  isLegalForm,
  keySetKey,
  koreanKey,
  koreanSyllableKeys,
  latinKey,
  nameSimilarity,
  normalizeName,
  romanizeHangul,
  romanizeSyllable,
  tokenSetKey,
} from "@/lib/search/text";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const UN_FILE = `${ROOT}data/lists/un/consolidated-2026-02-27.xml`;
const OFAC_DIR = `${ROOT}data/lists/ofac-sdn-2023-12-28`;

const un = parseUnConsolidated(UN_FILE);
const unRecord = (ref: string): ListRecord => {
  const r = un.records.find((x) => x.recordId === ref);
  if (!r) throw new Error(`no UN record ${ref}`);
  return r;
};

/** Every spelling given has the same key set. */
function expectSameKeys(...names: string[]) {
  const keys = names.map((n) => [n, keySetKey(n)] as const);
  for (const [name, k] of keys) expect({ name, keys: k }).toEqual({ name, keys: keys[0]![1] });
}

describe("normalizeName: tokens", () => {
  it("lower-cases, folds width and case, removes diacritics, breaks words at punctuation", () => {
    expect(normalizeName("DERIPASKA, Oleg Vladimirovich").tokens).toEqual(["deripaska", "oleg", "vladimirovich"]);
    expect(normalizeName("Muñoz").tokens).toEqual(normalizeName("Munoz").tokens);
    expect(normalizeName("Ćesić Ranko").tokens).toEqual(["cesic", "ranko"]);
    expect(normalizeName("ＫＩＭ　Ｙｏｎｇ").tokens).toEqual(["kim", "yong"]); // full width (NFKC)
    expect(normalizeName("KARIMI-ADEGANI (Afsaneh)").tokens).toEqual(["karimi", "adegani", "afsaneh"]);
    expect(normalizeName('"WAGNER" GROUP; a.k.a.').tokens).toEqual(["wagner", "group", "a", "k", "a"]);
  });

  it("joins the letters around an apostrophe (MR aspiration marks, Arabic 'ayn, possessives)", () => {
    expect(normalizeName("PAK, To'-Ch'un").tokens).toEqual(["pak", "to", "chun"]);
    expect(normalizeName("Pak To’-Ch’un").tokens).toEqual(["pak", "to", "chun"]); // U+2019, as the UN writes it
    expect(normalizeName("Pak To´-Ch´un").tokens).toEqual(["pak", "to", "chun"]); // U+00B4, which NFKC would split
    expect(tokenSetKey("BA'ASYIR, Abu Bakar")).toBe(tokenSetKey("BAASYIR, Abu Bakar"));
    expect(normalizeName("EXECUTION OF IMAM KHOMEINI'S ORDER").tokens).toContain("khomeinis");
  });

  it("keeps single letters from initials and digits", () => {
    expect(normalizeName("A T S HEAVY EQUIPMENT").tokens).toEqual(["a", "t", "s", "heavy", "equipment"]);
    expect(normalizeName("ULYSSES 1").tokens).toEqual(["ulysses", "1"]);
    expect(normalizeName("VINOGRADOVA, Natalya V.").tokens).toEqual(["vinogradova", "natalya", "v"]);
  });

  it("romanizes Hangul syllable by syllable in the Revised Romanization", () => {
    expect(normalizeName("김영철").tokens).toEqual(["gim", "yeong", "cheol"]);
    expect(normalizeName("박도춘").tokens).toEqual(["bak", "do", "chun"]);
    expect(normalizeName("리만건").tokens).toEqual(["ri", "man", "geon"]);
    expect(normalizeName("조춘룡").tokens).toEqual(["jo", "chun", "ryong"]);
    expect(normalizeName("김창록").tokens).toEqual(["gim", "chang", "rok"]);
    expect(romanizeHangul("황석화")).toBe(" hwang  seok  hwa ");
    expect(normalizeName("김영철").script).toBe("Hang");
  });

  it("transliterates Cyrillic to the spelling OFAC uses", () => {
    expect(normalizeName("Дерипаска Олег Владимирович").tokens).toEqual(["deripaska", "oleg", "vladimirovich"]);
    expect(normalizeName("Кадыров Рамзан Ахматович").tokens).toEqual(["kadyrov", "ramzan", "akhmatovich"]);
    expect(normalizeName("Вексельберг").tokens).toEqual(["vekselberg"]); // soft sign dropped
    expect(normalizeName("Дерипаска").script).toBe("Cyrl");
  });

  it("does not encode word order", () => {
    expect(tokenSetKey("Oleg Vladimirovich DERIPASKA")).toBe(tokenSetKey("DERIPASKA, Oleg Vladimirovich"));
    expect(keySetKey("Il-Nam Kim")).toBe(keySetKey("KIM, Il-Nam"));
  });

  it("is deterministic and handles empty input", () => {
    const a = normalizeName("Gim Yeong-cheol");
    expect(normalizeName("Gim Yeong-cheol")).toEqual(a);
    expect(normalizeName("")).toMatchObject({ tokens: [], keys: [] });
    expect(normalizeName(" ,.- ")).toMatchObject({ tokens: [], keys: [] });
  });
});

describe("normalizeName: legal forms", () => {
  it("CO LTD = Company Limited = Co., Ltd.", () => {
    const expected = ["global", "marine", "ship", "management", "co", "ltd"];
    expect(normalizeName("GLOBAL MARINE SHIP MANAGEMENT CO., LTD.").tokens).toEqual(expected);
    expect(normalizeName("global marine ship management company limited").tokens).toEqual(expected);
    expect(normalizeName("GLOBAL MARINE SHIP MANAGEMENT CO LTD").tokens).toEqual(expected);
  });

  it("L.L.C. = LLC = Limited Liability Company = ltd. liability company = OOO = obshchestvo s ogranichennoi otvetstvennostyu", () => {
    for (const n of [
      "MOKRAN L.L.C.",
      "MOKRAN LLC",
      "LIMITED LIABILITY COMPANY MOKRAN",
      "ltd. liability company mokran",
      "OOO MOKRAN",
      "OBSCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU MOKRAN",
      "OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU MOKRAN",
      "ООО Мокран",
    ]) {
      expect({ n, key: tokenSetKey(n) }).toEqual({ n, key: "llc mokran" });
    }
  });

  it("joint stock company forms", () => {
    expect(normalizeName("joint stock co. omutninsk metallurgical plant").tokens[0]).toBe("jsc");
    expect(tokenSetKey("JOINT STOCK COMPANY URALELEKTROMED")).toBe(tokenSetKey("URALELEKTROMED JSC"));
    expect(tokenSetKey("URALELEKTROMED AO")).toBe(tokenSetKey("AKTSIONERNOE OBSHCHESTVO URALELEKTROMED"));
    expect(tokenSetKey("sovcombank open joint stock co.")).toBe(tokenSetKey("SOVCOMBANK OJSC"));
    expect(tokenSetKey("PUBLIC JOINT STOCK COMPANY ROSBANK")).toBe(tokenSetKey("ROSBANK PJSC"));
    expect(tokenSetKey("AKB ROSBANK PAO")).toBe(tokenSetKey("AKB ROSBANK PJSC"));
    expect(tokenSetKey("CLOSED JOINT STOCK COMPANY COMPANY SCAN")).toBe("cjsc co scan");
  });

  it("Incorporated = INC., Corporation = Corp, S.A. = SA, GmbH & Co. KG", () => {
    expect(tokenSetKey("global united biotechnology incorporated")).toBe(tokenSetKey("GLOBAL UNITED BIOTECHNOLOGY INC."));
    expect(tokenSetKey("MELFI MARINE CORPORATION S.A.")).toBe(tokenSetKey("Melfi Marine Corp SA"));
    expect(normalizeName("GBJ DE COLIMA, S.A. DE C.V.").tokens).toEqual(["gbj", "de", "colima", "sa", "de", "cv"]);
    expect(normalizeName("OZEAN HORIZONT SPEZIALTIEFBAU GMBH & CO. KG").tokens).toEqual(
      normalizeName("OZEAN HORIZONT SPEZIALTIEFBAU GMBH AND CO. KG").tokens,
    );
    expect(tokenSetKey("NEW SUN INVESTMENTS PRIVATE LIMITED")).toBe(tokenSetKey("NEW SUN INVESTMENTS PVT LTD"));
  });

  it("recognizes legal words with one typo, and only legal words", () => {
    expect(tokenSetKey("EKB NEVA LIMTIED LIABILITY COMPANY")).toBe("ekb llc neva");
    expect(tokenSetKey("LIMITD LIABILITY COMPANY SEVERNAYA ALMAZNAYA KOMPANIYA")).toBe(
      tokenSetKey("LIMITED LIABILITY COMPANY SEVERNAYA ALMAZNAYA KOMPANIYA"),
    );
    expect(tokenSetKey("AKHANGARANCEMENT JOINT STOCK COMANY")).toBe("akhangarancement jsc");
    expect(tokenSetKey("RUSSIAN HIGHWAYS STATE COMMPANY")).toBe(tokenSetKey("RUSSIAN HIGHWAYS STATE COMPANY"));
    expect(tokenSetKey("AKTSIONERMOE OBSHCHESTVO IRKUTSKKABEL")).toBe("irkutskkabel jsc");
    expect(tokenSetKey("CHINA NATIONAL PRECISION MACHINERY IMPORT/EXPORT CORPRATION")).toContain("corp");
    expect(normalizeName("COMPASS LIMITER COMPARE").tokens).toEqual(["compass", "limiter", "compare"]);
    expect(normalizeName("OBSHCHESTVO ANTIGLOBALIZM").tokens).toEqual(["obshchestvo", "antiglobalizm"]); // outside a phrase: as written
  });

  it("holds limited-liability and Japanese, Malaysian, Indian forms equal across languages and spellings", () => {
    const tokens = (v: string) => normalizeName(v).tokens.join(" ");
    for (const v of ["ACME OOO", "ACME Sp. z o.o.", "ACME Spolka z ograniczona odpowiedzialnoscia", "ACME L.L.C."])
      expect(tokens(v), v).toBe("acme llc");
    expect(tokens("ACME Gesellschaft mit beschränkter Haftung")).toBe(tokens("ACME GmbH"));
    expect(tokens("ACME Kabushiki Kaisha")).toBe(tokens("ACME K.K."));
    expect(tokens("ACME Sendirian Berhad")).toBe(tokens("ACME Sdn. Bhd."));
    expect(tokens("ACME Private Limited")).toBe(tokens("ACME Pvt. Ltd."));
  });

  it("marks the canonical tokens as legal forms", () => {
    for (const t of ["co", "ltd", "llc", "inc", "corp", "jsc", "ojsc", "pjsc", "cjsc", "gmbh", "sa", "plc", "llp"]) {
      expect(isLegalForm(t)).toBe(true);
    }
    expect(isLegalForm("mokran")).toBe(false);
  });
});

describe("keys: Korean romanizations meet", () => {
  it("김영철 = KIM, Yong Chol = Gim Yeong-cheol = Kim Young-chul (and the joined given name)", () => {
    expectSameKeys("김영철", "KIM, Yong Chol", "Gim Yeong-cheol", "Kim Young-chul", "Kim Yong-Chol", "Kim Yongchol", "KIM YOUNGCHUL");
    expect(normalizeName("Kim Yongchol").keys).toEqual(["kim", "yong", "chol"]);
    expect(normalizeName("Kim Yongchol").keyToken).toEqual([0, 1, 1]);
    expect(keySetKey("김영철")).toBe(keySetKey(unRecord("KPi.024").name));
  });

  it("박도춘 = PAK Do Chun = Park Do-chun = Bak Do-chun = PAK, To'-Ch'un", () => {
    expectSameKeys("박도춘", "PAK Do Chun", "Park Do-chun", "Bak Do-chun", "PAK, To'-Ch'un", unRecord("KPi.050").name);
  });

  it("리만건 = RI Man Gon = Lee Man-gun = Ri Man-geon", () => {
    expectSameKeys("리만건", "RI Man Gon", "Lee Man-gun", "Ri Man-geon", unRecord("KPi.026").name);
  });

  it("more UN DPRK names against their Hangul and South Korean spellings", () => {
    expectSameKeys("윤호진", "Yoon Ho-jin", unRecord("KPi.001").name);
    expectSameKeys("김정식", "Kim Jung-sik", "Gim Jeong-sik", unRecord("KPi.066").name);
    expectSameKeys("조춘룡", "Cho Chun-ryong", "Jo Chun-ryong", unRecord("KPi.038").name);
    expectSameKeys("황석화", "Hwang Suk-hwa", unRecord("KPi.003").name);
    expectSameKeys("장성철", "Jang Sung-chul", unRecord("KPi.056").name);
    expectSameKeys("리수용", "Lee Soo-yong", unRecord("KPi.052").name);
    expectSameKeys("최철웅", "Choi Chul-woong", "Choe Cheol-ung", "Choe Chol Ung");
    expectSameKeys("류상훈", "Ryu Sang-hoon", "Yoo Sang-hun");
    expectSameKeys("한금복", "Han Keum-bok", "Han Geum-bok", "Han Kum Bok");
    expectSameKeys("조태철", "Cho Tae-chul", "Jo Thae Chol");
  });

  it("surname variants", () => {
    expect(new Set(["Ri", "Rhee", "Lee", "Yi", "Li", "I"].map(koreanKey))).toEqual(new Set(["i"]));
    expect(new Set(["Park", "Bak", "Pak"].map(koreanKey))).toEqual(new Set(["pak"]));
    expect(new Set(["choe", "choi", "chwe"].map(koreanKey))).toEqual(new Set(["chwe"]));
    expect(new Set(["ryu", "yoo", "yu"].map(koreanKey))).toEqual(new Set(["yo"]));
    expect(new Set(["rim", "lim", "im"].map(koreanKey))).toEqual(new Set(["im"]));
    expect(new Set(["ro", "roh", "noh", "no"].map(koreanKey))).toEqual(new Set(["no"]));
  });

  it("splits a joined given name at the syllable boundary", () => {
    expect(koreanSyllableKeys("yeongcheol")).toEqual(["yong", "chol"]);
    expect(koreanSyllableKeys("jongil")).toEqual(["chong", "il"]); // ng never starts a syllable
    expect(koreanSyllableKeys("jimin")).toEqual(["chi", "min"]); // otherwise the consonant starts the next
    expect(koreanSyllableKeys("vladimir")).toBeNull();
    expect(koreanSyllableKeys("sergeyevich")).toBeNull();
  });

  it("every Hangul syllable's romanization is one Korean syllable", () => {
    const failed: string[] = [];
    for (let code = 0xac00; code <= 0xd7a3; code++) {
      if (koreanKey(romanizeSyllable(code)) === null) failed.push(String.fromCharCode(code));
    }
    expect(failed).toEqual([]);
  });

  it("reads a name as Korean only when every word is one or two Korean syllables", () => {
    expect(normalizeName("KIM Jong Un").korean).toBe(true);
    expect(normalizeName("Anna Sergeyevna Belova").korean).toBe(false);
    expect(normalizeName("KOREA KWANGSON BANKING CORP").korean).toBe(false);
    expect(normalizeName("KIM").korean).toBe(false);
  });
});

describe("keys: Kim Min-jun and other unlisted Korean names do not look listed", () => {
  const kp = un.records.filter((r) => r.recordId.startsWith("KPi"));
  const kpKeys = kp.flatMap((r) => [r.name, ...r.names.map((n) => n.value)]).map((v) => [v, new Set(normalizeName(v).keys)] as const);

  it("has the UN DPRK individuals to compare with", () => {
    expect(kp.length).toBeGreaterThan(50);
  });

  for (const query of ["Kim Min-jun", "Han Ji-min", "Oh Su-bin", "Yoon Seo-jun"]) {
    it(`${query}: no UN DPRK individual's name has all its keys or scores as a match`, () => {
      const q = normalizeName(query);
      const hits = kpKeys.filter(([, set]) => q.keys.every((k) => set.has(k))).map(([v]) => v);
      expect(hits).toEqual([]);
      const close = kpKeys.map(([v]) => v).filter((v) => nameSimilarity(q, normalizeName(v)).score >= 0.7);
      expect(close).toEqual([]);
    });
  }
});

describe("keys: Russian transliterations meet", () => {
  it("Дерипаска Олег Владимирович = DERIPASKA, Oleg Vladimirovich", () => {
    expectSameKeys("Дерипаска Олег Владимирович", "DERIPASKA, Oleg Vladimirovich");
  });

  it("Савельева Светлана = Svetlana SAVELYEVA", () => {
    expectSameKeys("Савельева Светлана", "Svetlana SAVELYEVA");
  });

  it("y/i/j, kh/h, ye/e, yo/e, ts/tz, ow/off/ov, double letters", () => {
    expectSameKeys("Пригожин Евгений", "PRIGOZHIN, Yevgeniy", "PRIGOZHIN, Evgeny", "Prigozhin Jewgenij");
    expectSameKeys("Медведев Дмитрий Анатольевич", "MEDVEDEV, Dmitry Anatolievich", "Medvedev Dmitrii Anatolyevich");
    expectSameKeys("Собянин Сергей Семёнович", "SOBYANIN, Sergey Semyonovich", "Sobyanin Sergei Semenovich");
    expectSameKeys("Матвиенко Валентина", "MATVIYENKO, Valentina", "MATVIENKO, Valentina");
    expectSameKeys("Усманов Алишер Бурханович", "USMANOV, Alisher Burkhanovich", "USMANOV, Alisher Burhanovich");
    expectSameKeys("FEDOROV, Yury Viktorovich", "FYODOROV, Yury Viktorovich", "Fedorov Yuriy Victorovich");
    expectSameKeys("Smirnoff", "Smirnow", "Smirnov");
    expectSameKeys("Tsoi", "Tzoi", "Tsoy");
    expectSameKeys("MILLER, Alexey", "Miller Aleksei", "Миллер Алексей");
  });

  it("leaves words with digits and legal forms as they are", () => {
    expect(latinKey("llc")).toBe("llc");
    expect(latinKey("747")).toBe("747");
    expect(latinKey("ulysses")).toBe("ulises");
  });
});

describe("keys over the labelled queries (hangul, korean_romanization, cyrillic)", () => {
  type Query = { id: string; query: string; expect: string[]; category: string };
  const byRef = new Map<string, string[]>();
  beforeAll(() => {
    for (const [prefix, list] of [
      ["ofac", parseOfacSdn(OFAC_DIR)],
      ["un", un],
    ] as const) {
      for (const r of list.records) byRef.set(`${prefix}:${r.recordId}`, [r.name, ...r.names.map((n) => n.value)]);
    }
    const seed = JSON.parse(readFileSync(`${ROOT}data/seed/seed-facts.json`, "utf8")) as {
      entities: { key: string; name: string; names?: { value: string }[] }[];
    };
    for (const e of seed.entities) byRef.set(`seed:${e.key}`, [e.name, ...(e.names ?? []).map((n) => n.value)]);
  });
  const queries = readFileSync(`${ROOT}data/match/public.jsonl`, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Query)
    .filter((q) => ["hangul", "korean_romanization", "cyrillic"].includes(q.category));

  it("every such query has the key set of a name of one of its targets", () => {
    expect(queries.length).toBe(76);
    const missed = queries.filter((q) => {
      const key = keySetKey(q.query);
      return !q.expect.some((ref) => (byRef.get(ref) ?? []).some((n) => keySetKey(n) === key));
    });
    expect(missed.map((q) => `${q.id} ${q.query}`)).toEqual([]);
  });
});
