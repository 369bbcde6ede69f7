// Pins for the victim module (src/refiners/victim.ts) that surviving mutants (npm run mutate)
// showed no example held: each class of wording that names the organisation breached, the
// words that are never a victim, how votes are weighed, and the names and aliases the text
// gives it. Every name and sentence here is invented.
import { describe, expect, it } from "vitest";
import {
  cleanName,
  factsOf,
  findVictim,
  foldName,
  INCIDENT,
  key,
  NAME,
  namePattern,
  notVictimName,
  pick,
  sameName,
  victimMention,
  victimNames,
  victimOfClaims,
  victimOfDoc,
} from "../src/refiners/victim.js";
import type { Claim, DocumentRecord } from "../src/contract/index.js";
import type { AnyDraft } from "../src/rules/index.js";
import { docOf } from "./helpers.js";

const victimOf = (text: string) => findVictim([], docOf(text));
const judged = (text: string) => victimOfDoc([], docOf(text));

describe("victim: one sentence, one class of wording", () => {
  it.each([
    ["Thieves got the details of 4,000 customers of Brindle Energy in June.", "Brindle Energy"],
    ["Some 20,000 patients at Elmstead Hospital had their files copied.", "Elmstead Hospital"],
    ["Police are looking into a breach at Corvex that exposed payroll files.", "Corvex"],
    ["The attack on the Wrenfield Trust shut its phones for a week.", "Wrenfield Trust"],
    ["Pellmark confirmed a data breach on Friday that reached its payroll system.", "Pellmark"],
    ["Pellmark has confirmed a breach of its payroll system.", "Pellmark"],
    ["Pellmark on Monday disclosed a cyber attack on its call centre.", "Pellmark"],
    ["Sornell said hackers got into its billing system in May.", "Sornell"],
    ["Online grocer Basketry said on Monday that card numbers were taken.", "Basketry"],
    ["Regulators opened an investigation into Zentrol after files went missing.", "Zentrol"],
    ["A court fined Zentrol for losing the files of 800 tenants.", "Zentrol"],
    ["The laptop belonging to Zentrol was taken from a car.", "Zentrol"],
    ["Zentrol was fined for losing the files of 800 tenants.", "Zentrol"],
    ["Zentrol has agreed to pay a settlement to 800 tenants.", "Zentrol"],
    ["Zentrol has been slapped with a large fine after the loss.", "Zentrol"],
    ["The regulator imposed a penalty of 40,000 on Zentrol after the loss.", "Zentrol"],
    ["Quarry Dental has notified 900 patients about a stolen laptop.", "Quarry Dental"],
    ["Quarry Dental sent letters to some 2,600 patients on Tuesday.", "Quarry Dental"],
    ["Hackers breached the network of Silvane Ltd and took 3,000 records.", "Silvane"],
    ["Hackers compromised a platform operated by the telecom company Ravel.", "Ravel"],
    [
      "A ransomware attack on the large, Delft-based IT provider Norvik stopped its clients.",
      "Norvik",
    ],
    ["Last week Corvane became the latest victim of a ransomware gang.", "Corvane"],
  ])("%s → %s, named as breached", (text, victim) => {
    expect(judged(text)).toEqual({ name: victim, confident: true });
  });

  it.each([
    ["An employee of Harlow Savings copied the files of 300 customers.", "Harlow Savings"],
    [
      "A worker employed by the Elm office of the Revenue Department copied files.",
      "Revenue Department",
    ],
    ["A forum named Gristmill leaked its members list.", "Gristmill"],
  ])("%s → %s, only hinted", (text, victim) => {
    expect(judged(text)).toEqual({ name: victim, confident: false });
  });
});

describe("cleanName: a candidate cut to the name", () => {
  it.each([
    ["The Marlow Bank", "Marlow Bank"],
    ["Marlow Bank’s", "Marlow Bank"],
    ["Tokyo’s Quill", "Quill"],
    ["Japan’s Tailspin", "Tailspin"],
    ["The Quill’s Harbor", "Quill’s Harbor"],
    ["In February Tailspin", "Tailspin"],
    ["In Jan. Quill", "Quill"],
    ["Marlow Bank. Marlow Bank", "Marlow Bank"],
    ["from 1,200. Quill Harbor", "Quill Harbor"],
    ["Dr. Quill", "Dr. Quill"],
    ["St. Quill Hospital", "St. Quill Hospital"],
    ["Quill Harbor Co.", "Quill Harbor"],
    ["Quill Co., Ltd.", "Quill"],
    ["Quill Inc.,", "Quill"],
    ["Quill Ltd", "Quill"],
    ["Vantel Uplus Corp. 6.8 billion", "Vantel Uplus"],
    ["Quill 2.5 million", "Quill"],
    ["Acme Corp USD 200", "Acme"],
    ["Quill EUR", "Quill"],
    ["Quill GBP.", "Quill"],
    ["Acme Corp C", "Acme"],
    ["Quill 7-Eleven", "Quill 7-Eleven"],
    ["Xbox 360 Store", "Xbox 360 Store"],
    ["Harbor 2019", "Harbor 2019"],
    ["Tailspin Data Breach", "Tailspin"],
    ["Quill Harbor Hacked", "Quill Harbor"],
    ["Quill CEO", "Quill"],
    ["Quill Harbor of", "Quill Harbor"],
    ["Quill Harbor and", "Quill Harbor"],
    ["and Quill", "Quill"],
    ["of Harlow and", "Harlow"],
    ["Harbor and Quill’s", "Harbor and Quill"],
    ["Quill Bank of Elm.", "Quill Bank of Elm"],
    ["Harbor Quill,", "Harbor Quill"],
    ["Unity Healthcare", "Unity Healthcare"],
    ["THE Quill", "THE Quill"],
    ["Quill Jan.", "Quill"],
    ["Thea Marlow", "Thea Marlow"],
    ["Harbor 1,200. Quill Bank", "Quill Bank"],
    ["In B2B Harbor", "B2B Harbor"],
    ["Orrin K Harbor", "Orrin K Harbor"],
    ["Quill’s", "Quill"],
    ["Grand Quill Harbor", "Grand Quill Harbor"],
    ["Quill Harbor Grand", "Quill Harbor Grand"],
    ["Ford Quill", "Ford Quill"],
    ["Quill Dec.", "Quill"],
  ])("%s → %s", (raw, name) => {
    expect(cleanName(raw)).toBe(name);
  });

  it.each(["Q", "12", "The", "A", "The 3rd", "21st", "34M Customer", "900 Londoners. An", "Inc."])(
    "%s is no name",
    (raw) => {
      expect(cleanName(raw)).toBeNull();
    },
  );

  it("gives the same answer the second time (the answers are kept)", () => {
    expect(cleanName("The Orrin Bank")).toBe("Orrin Bank");
    expect(cleanName("The Orrin Bank")).toBe("Orrin Bank");
  });
});

describe("factsOf: what a sentence says before its incident nouns", () => {
  it("reads the name before an incident noun, past fillers and a possessive", () => {
    expect(factsOf("After Tailspin’s Record 4.1M Breach, users left.")).toEqual({
      incident: true,
      domains: false,
      before: [{ name: "Tailspin", start: 6, specific: true }],
    });
    expect(factsOf("The Harlow Bank data breach, which hit in May, was small.").before).toEqual([
      { name: "Harlow Bank", start: 4, specific: true },
    ]);
    expect(factsOf("the Quill Data Security breach").before).toEqual([
      { name: "Quill", start: 4, specific: true },
    ]);
    expect(factsOf("Corvex breach").before).toEqual([{ name: "Corvex", start: 0, specific: true }]);
    expect(factsOf("Attack  on\tnothing; the  Corvex   Data  breach").before).toEqual([
      { name: "Corvex", start: 25, specific: true },
    ]);
  });

  it("stops at a lower-case word, a comma, a breaker and four words", () => {
    expect(factsOf("said Quill, Harbor Bank’s breach").before).toEqual([
      { name: "Harbor Bank", start: 12, specific: true },
    ]);
    expect(factsOf("on Quill: Harbor breach").before).toEqual([
      { name: "Harbor", start: 10, specific: true },
    ]);
    expect(factsOf("the Alpha Beta Gamma Delta Epsilon breach").before).toEqual([
      { name: "Beta Gamma Delta Epsilon", start: 10, specific: true },
    ]);
    expect(factsOf("the Harbor and Quill Bank Group Holdings breach").before).toEqual([
      { name: "Quill Bank Group Holdings", start: 15, specific: true },
    ]);
    expect(factsOf("After Quill’s big new odd data breach").before).toEqual([]);
    expect(factsOf("After Quill’s big new data breach").before).toEqual([
      { name: "Quill", start: 6, specific: true },
    ]);
    expect(factsOf("Two hacks at Corvex were reported.").before).toEqual([]);
  });

  it("reads a domain before the noun", () => {
    expect(factsOf("the murmur.net data breach")).toEqual({
      incident: true,
      domains: true,
      before: [{ name: "murmur.net", start: 4, specific: true }],
    });
  });

  it("tells one incident named from a kind of incidents or a compound", () => {
    expect(factsOf("the Quill Harbor breaches").before).toEqual([
      { name: "Quill Harbor", start: 4, specific: false },
    ]);
    expect(factsOf("a Quill Harbor Breach notice").before).toEqual([
      { name: "Quill Harbor", start: 2, specific: false },
    ]);
    expect(factsOf("The Corvex breach tool was fixed.").before).toEqual([
      { name: "Corvex", start: 4, specific: false },
    ]);
    expect(factsOf("the Quill Harbor breach of trust and more things to say here").before).toEqual([
      { name: "Quill Harbor", start: 4, specific: true },
    ]);
  });

  it("says nothing of a text without an incident noun", () => {
    expect(factsOf("Nothing here at all")).toEqual({ incident: false, domains: false, before: [] });
    expect(factsOf("Visit murmur.org today").domains).toBe(true);
  });
});

describe("the victim's other names", () => {
  it("gives an acronym in brackets and a short form used alone", () => {
    expect(
      victimMention(
        docOf(
          "Brightwave Communications (BWC) said hackers got in. Brightwave has told users. Brightwave said more.",
        ),
        "Brightwave Communications",
      ),
    ).toEqual({
      name: "Brightwave Communications",
      start: 0,
      end: 25,
      aliases: ["BWC", "Brightwave"],
    });
  });

  it("keeps a legal suffix that follows the name, and reads an acronym past it", () => {
    expect(
      victimMention(
        docOf("Harbor Telecom Corp. said files leaked. Harbor Telecom, Inc. (HTC) is sorry."),
        "Harbor Telecom",
      ),
    ).toEqual({ name: "Harbor Telecom Corp.", start: 0, end: 20, aliases: ["HTC"] });
  });

  it("prefers the body's mention to the title's", () => {
    expect(
      victimMention(
        docOf("---\ntitle: Harbor Telecom leak\n---\nA leak at Harbor Telecom hit users."),
        "Harbor Telecom",
      ),
    ).toEqual({ name: "Harbor Telecom", start: 45, end: 59, aliases: [] });
  });

  it("finds no mention inside a longer word, and no organisation word alone as an alias", () => {
    expect(victimMention(docOf("Harbor Telecoms said it."), "Harbor Telecom")).toBeNull();
    expect(victimMention(docOf("Bank of Elm said. Bank said. Bank said."), "Bank of Elm")).toEqual({
      name: "Bank of Elm",
      start: 0,
      end: 11,
      aliases: [],
    });
  });

  it("folds names to compare them", () => {
    expect(foldName("Acme Corp.")).toBe("acme");
    expect(foldName("The ACME, Inc. Holdings")).toBe("theacme");
    expect(key("Quill-Harbor’s Bank.")).toBe("quillharborsbank");
    expect(sameName("Quill Harbor", "quill-harbor")).toBe(true);
    expect(sameName("Quill Harbor", "Quill Harbour")).toBe(false);
  });

  it("takes no unit, thing or government acronym for a victim", () => {
    expect(["GB", "ATM", "FTC", "Acme"].map(notVictimName)).toEqual([true, true, true, false]);
  });
});

/** An actor draft as the actor matchers give it. */
const actor = (
  name: string,
  involvement: string,
  type = "organization",
  aliases: string[] = [],
): AnyDraft =>
  ({ kind: "actor", start: 0, end: 1, value: { name, aliases, involvement, type } }) as AnyDraft;

describe("victim: the actors' say", () => {
  const probe = "An investigation into Orrin Bank began after files were lost.";

  it("takes no name the actors call a regulator or an official", () => {
    expect(findVictim([actor("Orrin Bank", "regulator")], docOf(probe))).toBeNull();
    expect(
      findVictim([actor("Orrin", "official", "person", ["Orrin Bank"])], docOf(probe)),
    ).toBeNull();
    expect(findVictim([actor("Orrin Bank", "victim")], docOf(probe))).toBe("Orrin Bank");
  });

  it("lets a name the text says was fined outweigh the role the actors gave it", () => {
    expect(
      victimOfDoc(
        [actor("Orrin Bank", "regulator")],
        docOf("Orrin Bank was fined after Orrin Bank lost files."),
      ),
    ).toEqual({ name: "Orrin Bank", confident: true });
  });

  it("takes the victim actor's name when the language names nobody", () => {
    expect(
      victimOfDoc([actor("Pellor Health", "victim")], docOf("Nothing here names anyone at all.")),
    ).toEqual({ name: "Pellor Health", confident: true });
  });
});

describe("victim: weighing the names", () => {
  it("prefers the name said more often, and the one the title gives", () => {
    expect(
      victimOf(
        "A breach at Orrin Bank exposed files. Caldo Foods said hackers stole recipes. Caldo Foods is upset. Caldo Foods will reply.",
      ),
    ).toBe("Caldo Foods");
    expect(
      victimOf(
        "---\ntitle: Breach at Orrin Bank\n---\nOne. Two. Three. Four. Five. Caldo Foods said hackers stole recipes.",
      ),
    ).toBe("Orrin Bank");
  });

  it("weighs a name in the first four sentences above one further in", () => {
    expect(
      victimOf(
        "Caldo Foods said hackers stole recipes. Two. Three. Four. Five. A breach at Orrin Bank exposed files.",
      ),
    ).toBe("Caldo Foods");
    expect(
      victimOf(
        "One. Two. Three. Caldo Foods said hackers stole recipes. A breach at Orrin Bank exposed files.",
      ),
    ).toBe("Caldo Foods");
    expect(
      victimOf(
        "One. Two. Three. Four. Caldo Foods said hackers stole recipes. A breach at Orrin Bank exposed files.",
      ),
    ).toBe("Orrin Bank");
  });

  it("gives a short name's votes to the long one, unless the text uses the short one far more", () => {
    expect(
      victimOf(
        "A breach at Orrin Bank exposed files. Orrin Bank said it was sorry. Orrin said more.",
      ),
    ).toBe("Orrin Bank");
    expect(
      victimOf(
        "A breach at Orrin Bank exposed files. Orrin said it was sorry. Orrin said more. Orrin said again.",
      ),
    ).toBe("Orrin");
    expect(
      victimOf(
        "A breach at Vantel Mobile SIM exposed files. Vantel Mobile said sorry. Vantel Mobile said more. Vantel Mobile again.",
      ),
    ).toBe("Vantel Mobile");
    expect(
      victimOf(
        "A breach at Summit Healthcare exposed files. Summit Healthcare is sorry. Summit is a firm.",
      ),
    ).toBe("Summit Healthcare");
  });

  it("keeps a catalogue title that is only a name whole", () => {
    expect(
      victimOf(
        "---\ntitle: Quarrel Games\n---\nQuarrel said hackers stole the names of players. Quarrel said more. Quarrel again. Quarrel too.",
      ),
    ).toBe("Quarrel Games");
    expect(
      victimOf("---\ntitle: Quarrel Games\n---\nThe names of 40,000 players were posted online."),
    ).toBe("Quarrel Games");
  });

  it("gives the long form of an acronym found as the victim", () => {
    expect(
      victimOf("Files leaked at Tern Valley Primary Care (TVPC). A breach at TVPC exposed files."),
    ).toBe("Tern Valley Primary Care");
    expect(victimOf("A breach at TVPC exposed files of its patients.")).toBe("TVPC");
    expect(
      victimOf(
        "Northwest Primary Care (NWPC) said hackers stole records. NWPC has changed its checks.",
      ),
    ).toBe("Northwest Primary Care");
  });
});

describe("victim: the guess when no wording names one", () => {
  it("guesses an organisation-shaped name of the first sentences, not confidently", () => {
    expect(
      judged(
        "Files went missing from a shared drive last week. Staff at Orchard Valley Clinic noticed the gap. The files held names and dates of birth. Orchard Valley Clinic has apologised.",
      ),
    ).toEqual({ name: "Orchard Valley Clinic", confident: false });
    expect(
      judged("Quorix Mobile Inc. says some of its old tablets were sold with data on them."),
    ).toEqual({ name: "Quorix Mobile", confident: false });
    expect(
      judged(
        "A spreadsheet with the names of 300 tenants was emailed to the wrong person by BLX staff. BLX apologised.",
      ),
    ).toEqual({ name: "BLX", confident: false });
  });

  it("guesses a name further in only when the text repeats it and it is shaped as a body's", () => {
    const lead =
      "---\ntitle: Files lost from a shared drive\n---\nFiles went missing from a shared drive last week. The files held names and dates of birth. Nobody knows who took them. Later the gap was closed. A nurse noticed. ";
    expect(
      judged(`${lead}Orchard Valley Clinic has apologised. Orchard Valley Clinic wrote to all.`),
    ).toEqual({ name: "Orchard Valley Clinic", confident: false });
    expect(judged(`${lead}OVC has apologised. OVC wrote to all.`)).toEqual({
      name: "OVC",
      confident: false,
    });
    expect(judged(`${lead}Orchard Valley Clinic has apologised.`)).toEqual({
      name: null,
      confident: false,
    });
    expect(judged(`${lead}Orchard Valley has apologised. Orchard Valley wrote to all.`)).toEqual({
      name: null,
      confident: false,
    });
  });
});

/** A document with a front-matter title that names nobody, so only the body votes. */
const plain = (body: string) =>
  victimOfDoc([], docOf(`---\ntitle: Files were lost this week again\n---\n${body}`));

describe("victim: mentions settle between names the wording gives alike", () => {
  const two = "A breach at Caldo exposed files. A breach at Orrin exposed files.";

  it("names neither of two passing mentions, and the one said again", () => {
    expect(plain(two)).toEqual({ name: null, confident: true });
    expect(plain(`${two} Orrin said sorry.`)).toEqual({ name: "Orrin", confident: true });
  });

  it("counts whole words in any case, not a name inside a longer word", () => {
    expect(
      plain(`${two} Orrin said sorry. The Caldoway shop and caldo-style soups were fine.`),
    ).toEqual({ name: "Orrin", confident: true });
    expect(plain(`${two} Orrin said sorry. The CALDO sign was fine.`)).toEqual({
      name: "Caldo",
      confident: true,
    });
  });

  it("counts at most six mentions", () => {
    expect(
      plain(
        `${two} One. Two. Three. A breach at Orrin hit more. Caldo one. Caldo two. Caldo three. Caldo four. Caldo five. Caldo six. Caldo seven. Caldo eight. Orrin one. Orrin two. Orrin three. Orrin four.`,
      ),
    ).toEqual({ name: "Orrin", confident: true });
  });
});

describe("victim: names that are never the victim", () => {
  it("takes no name a comparison brings in, within its clause", () => {
    expect(
      plain("Orrin Bank said hackers stole files, far more than in the Corvex breach."),
    ).toEqual({ name: "Orrin Bank", confident: true });
    expect(plain("Orrin Bank said hackers stole files; the Corvex breach was older.")).toEqual({
      name: null,
      confident: true,
    });
    expect(
      plain("Unlike the Corvex breach, the loss at Orrin Bank was small. Orrin Bank said sorry."),
    ).toEqual({ name: "Orrin Bank", confident: false });
  });

  it.each([
    "A breach at Texas exposed files.",
    "A breach at Ohio and Texas exposed files.",
    "A breach at Palm Beach County exposed files.",
    "A breach at Elm City exposed files.",
    "A breach at Crown Court exposed files.",
    "A breach at the Harbor Gazette exposed files.",
    "A breach at Pellow Partners exposed files, said the law firm Pellow Partners.",
    "A breach at Pellow Partners exposed files. Pellow Partners, a Denver law firm, said so.",
  ])("%s names no victim", (body) => {
    expect(plain(body).name).toBeNull();
  });

  it("takes an area's name for the body that governs it when its staff are named", () => {
    expect(plain("Some 300 Palm Beach County employees were not paid after a loss.")).toEqual({
      name: "Palm Beach County",
      confident: false,
    });
  });

  it("takes no word in capitals that the prose writes in lower case", () => {
    expect(
      plain(
        "A breach at Orrin Bank exposed files. EIGHT MILLION records were taken, some eight million in all.",
      ),
    ).toEqual({ name: "Orrin Bank", confident: true });
  });
});

describe("victim: a body's headline lines", () => {
  it("takes no name that only a subheading in headline capitals writes", () => {
    expect(plain("Breach At Harbor Vale\nA breach at Orrin Bank exposed files.")).toEqual({
      name: "Orrin Bank",
      confident: true,
    });
    expect(plain("Settlement Underway At Last\nA breach at Orrin Bank exposed files.")).toEqual({
      name: "Orrin Bank",
      confident: true,
    });
    // a line of prose names it as any sentence does: two names, one mention each
    expect(plain("A breach at Harbor Vale\nA breach at Orrin Bank exposed files.")).toEqual({
      name: null,
      confident: true,
    });
  });
});

describe("victim: an acronym's long form", () => {
  it.each([
    ["Files leaked at Old Tern Valley Primary Care (TVPC).", "TVPC", "Tern Valley Primary Care"],
    ["Files leaked at the Northwest Primary Care (NPC).", "NPC", "Northwest Primary Care"],
    ["Files leaked at Ward Bank (WB).", "WB", "Ward Bank"],
    ["Files leaked at Bank of Ward (BW).", "BW", "Bank of Ward"],
    ["Files leaked at Tern Valley Primary Care Services (TVPC).", "TVPC", "TVPC"],
    ["Files leaked at Valley Primary Care (TVPC).", "TVPC", "TVPC"],
    ["Files leaked at Northwest Care (NWPCX).", "NWPCX", "NWPCX"],
    ["Files leaked at Northwest Primary Care Group (NWPC).", "NWPC", "NWPC"],
  ])("%s → %s is %s", (lead, acronym, victim) => {
    expect(plain(`${lead} A breach at ${acronym} exposed files.`)).toEqual({
      name: victim,
      confident: true,
    });
  });
});

/** A claim as the summary and the incidents see it: its kind, subject and value. */
const claim = (kind: string, subject: string | null, value: unknown = {}) =>
  ({ kind, subject, value }) as unknown as Claim;
const victimActor = (name: string, aliases: string[] = [], involvement = "victim") =>
  claim("actor", null, { name, aliases, involvement, type: "organization" });

describe("victim: from the claims", () => {
  it("takes the subject most claims share, past 'other' and unattributed ones", () => {
    expect(
      victimOfClaims([
        claim("affected", "Orrin"),
        claim("affected", "other"),
        claim("affected", "other"),
        claim("affected", "other"),
        claim("date", "Caldo"),
        claim("date", "Caldo"),
        claim("penalty", null),
        claim("penalty", null),
        claim("penalty", null),
      ]),
    ).toBe("Caldo");
    expect(victimOfClaims([claim("affected", "Orrin"), claim("date", "Caldo")])).toBe("Orrin");
  });

  it("falls back on the victim actor, then on nothing", () => {
    expect(
      victimOfClaims([
        claim("affected", "other"),
        victimActor("Zed Corp", [], "regulator"),
        victimActor("Orrin Bank"),
      ]),
    ).toBe("Orrin Bank");
    expect(victimOfClaims([claim("affected", null)])).toBeNull();
  });

  it("gives every name of the victim: the summary's and its actor's aliases", () => {
    const record = (victim: string | null, claims: Claim[]) =>
      ({ summary: { victim }, claims }) as unknown as DocumentRecord;
    expect(
      victimNames(
        record("Orrin Bank", [
          victimActor("Orrin Bank Inc.", ["OB", "Orrin"]),
          victimActor("Caldo", ["CF"]),
          victimActor("Orrin Bank", ["Orrinbank"], "regulator"),
          claim("affected", "Orrin Bank", { name: "Orrin Bank", aliases: ["X"] }),
        ]),
      ),
    ).toEqual(["Orrin Bank", "Orrin Bank Inc.", "OB", "Orrin"]);
    expect(victimNames(record(null, [victimActor("Orrin Bank", ["OB"])]))).toEqual([]);
  });

  it("folds a name's case, punctuation, spaces and corporate words", () => {
    expect(foldName("Orrin-Bank Holdings, LLC")).toBe("orrinbank");
    expect(foldName("ÖRRIN Bank 24 Limited")).toBe("örrinbank24");
    expect(foldName("Incognito Cobalt")).toBe("incognitocobalt");
  });
});

describe("victim: the guess reads the subject of the first sentences", () => {
  it("guesses a name of two words or more that opens the text before its verb", () => {
    expect(plain("Quorix Mobile has lost files.")).toEqual({
      name: "Quorix Mobile",
      confident: false,
    });
    expect(plain("The Quorix Mobile has lost files.")).toEqual({
      name: "Quorix Mobile",
      confident: false,
    });
  });

  it("guesses no such name past an appositive, or from the third sentence on", () => {
    expect(plain("Quorix Mobile, the phone maker, has lost files.").name).toBeNull();
    expect(
      plain("Files went missing. Nothing else. Then Quorix Mobile has lost files.").name,
    ).toBeNull();
  });
});

describe("victim: a place word before a name", () => {
  it("keeps it when the text never writes the name without it", () => {
    expect(plain("American Vexo said hackers stole files. American Vexo is sorry.").name).toBe(
      "American Vexo",
    );
    expect(plain("The South Korean Tailspin said hackers stole files.").name).toBe(
      "South Korean Tailspin",
    );
  });

  it("drops it when the text also writes the name alone", () => {
    expect(plain("American Vexo said hackers stole files. Vexo is sorry.").name).toBe("Vexo");
    expect(plain("South Korean Tailspin said hackers stole files. Tailspin is sorry.").name).toBe(
      "Tailspin",
    );
  });
});

describe("victim: hints count only when no wording names a victim", () => {
  it("takes the name a pattern gives over an employer the text repeats", () => {
    expect(
      plain(
        "A breach at Caldo exposed files. An employee of Harlow Savings took them. Harlow Savings was shocked. Harlow Savings said so.",
      ),
    ).toEqual({ name: "Caldo", confident: true });
    expect(
      victimOfDoc(
        [],
        docOf(
          "---\ntitle: A Harlow Savings customer lost files again\n---\nA breach at Caldo exposed files. Harlow Savings was shocked. Harlow Savings said so.",
        ),
      ),
    ).toEqual({ name: "Caldo", confident: true });
  });

  it("weighs a hint in the title and the first sentences above one further in", () => {
    expect(
      victimOfDoc(
        [],
        docOf(
          "---\ntitle: A Harlow Savings customer lost files again\n---\nFiles were taken. Harlow Savings was shocked.",
        ),
      ),
    ).toEqual({ name: "Harlow Savings", confident: false });
    expect(plain("An employee of Harlow Savings took them.")).toEqual({
      name: "Harlow Savings",
      confident: false,
    });
    expect(
      plain(
        "Files were taken. Nobody knew. Still nobody. Later on. An employee of Harlow Savings took them.",
      ),
    ).toEqual({ name: null, confident: false });
    expect(
      plain(
        "An employee of Harlow Savings took them. Then more. Still nobody. Later on. An employee of Orrin Bank took them. Orrin Bank said so.",
      ),
    ).toEqual({ name: "Harlow Savings", confident: false });
  });
});

describe("victimMention: where the text names the victim, and its short forms", () => {
  const mention = (text: string, victim: string) => victimMention(docOf(text), victim);

  it("gives a leading part of the name used alone at least twice", () => {
    expect(
      mention("The Orrin Bank Group said. Orrin said. Orrin said.", "Orrin Bank Group"),
    ).toEqual({ name: "Orrin Bank Group", start: 4, end: 20, aliases: ["Orrin"] });
    expect(
      mention(
        "Orrin of Elm Bank said. Orrin of Elm said. Orrin of Elm said. Orrin said.",
        "Orrin of Elm Bank",
      ),
    ).toEqual({ name: "Orrin of Elm Bank", start: 0, end: 17, aliases: ["Orrin of Elm"] });
    expect(
      mention("Orrin Bank said. Orrin Trust said. Orrin said.", "Orrin Bank")?.aliases,
    ).toEqual([]);
  });

  it("gives no place or organisation word for a short form", () => {
    expect(
      mention("Texas Orrin Bank said. Texas said. Texas said.", "Texas Orrin Bank")?.aliases,
    ).toEqual([]);
    expect(mention("Bank Orrin said. Bank said. Bank said.", "Bank Orrin")?.aliases).toEqual([]);
  });

  it("reads whole words only, a legal suffix after a comma, an acronym right after", () => {
    expect(
      mention("XOrrin Bank and Orrin Banks and Orrin Bank, Ltd. (OBL) said.", "Orrin Bank"),
    ).toEqual({ name: "Orrin Bank, Ltd.", start: 32, end: 48, aliases: ["OBL"] });
    expect(mention("Orrin Bank (Orrin Bank) said. Orrin Bank (OB).", "Orrin Bank")).toEqual({
      name: "Orrin Bank",
      start: 0,
      end: 10,
      aliases: ["OB"],
    });
    expect(mention("&Orrin Bank and Orrin Bank& and 1Orrin Bank", "Orrin Bank")).toBeNull();
    expect(mention("Orrin Bank Inc said so (OB)", "Orrin Bank")).toEqual({
      name: "Orrin Bank Inc",
      start: 0,
      end: 14,
      aliases: [],
    });
  });
});

describe("victim: a sentence's first word before a staff noun", () => {
  it("is no name unless shaped as one or longer than a word", () => {
    expect(plain("Files went missing. Orvane customer data was copied.").name).toBeNull();
    expect(plain("Files went missing. Encrypted customer data was copied.").name).toBeNull();
    expect(plain("Files went missing when Orvane customer data was copied.").name).toBe("Orvane");
    expect(plain("Files went missing. Orvane Cloud customer data was copied.").name).toBe(
      "Orvane Cloud",
    );
    expect(plain("Files went missing. OrvaneNet customer data was copied.").name).toBe("OrvaneNet");
    expect(plain("Files went missing. ORV customer data was copied.").name).toBe("ORV");
    expect(plain("Files went missing. “Orvane customer data was copied,” a note says.").name).toBe(
      "Orvane",
    );
  });
});

describe("victim: the guess's organisation-shaped names", () => {
  it("guesses a body's name, but not one that lost its head words", () => {
    expect(plain("Files went missing and the Elm Health Commission looked into it.")).toEqual({
      name: "Elm Health Commission",
      confident: false,
    });
    expect(plain("Files went missing and the Elmwood Health Clinic looked into it.").name).toBe(
      "Elmwood Health Clinic",
    );
    expect(
      plain("Files went missing and the Data Privacy Protection Commission looked into it.").name,
    ).toBeNull();
  });

  it("guesses an acronym, with what opens its name", () => {
    expect(plain("Files went missing at Texas NWX and more.").name).toBe("Texas NWX");
    expect(plain("Files went missing at The NWX and more.").name).toBe("NWX");
  });
});

describe("victim: the part of a name the text uses on its own", () => {
  it("takes the short form the text uses alone more than twice as often as the whole", () => {
    expect(
      plain("A breach at Cobalt Orrin exposed files. Cobalt said. Cobalt said. Cobalt said.").name,
    ).toBe("Cobalt");
    expect(plain("A breach at Cobalt Orrin exposed files. Cobalt said. Cobalt said.").name).toBe(
      "Cobalt Orrin",
    );
    expect(
      plain(
        "A breach at Orrin of Elm Bank exposed files. Orrin of Elm said. Orrin of Elm said. Orrin of Elm again.",
      ).name,
    ).toBe("Orrin of Elm");
  });

  it("takes no organisation word for the short form, nor a use inside a longer name", () => {
    expect(
      plain("A breach at Bank Orrin exposed files. Bank said. Bank said. Bank said.").name,
    ).toBe("Bank Orrin");
    expect(
      plain(
        "A breach at Cobalt Orrin exposed files. Cobalt Ltd said. Cobalt2 said. Cobalt+ said. XCobalt said. Cobalt said.",
      ).name,
    ).toBe("Cobalt Orrin");
  });
});

describe("victim: a title's name that a long body never writes", () => {
  const titled = (body: string) =>
    findVictim([], docOf(`---\ntitle: Breach at Orrin Bank exposes files\n---\n${body}`));
  const lead = "Caldo Foods said hackers stole files.";

  it("counts in a short notice, not in a long article", () => {
    expect(titled(lead)).toBe("Orrin Bank");
    const filler =
      " The files held names and addresses of many people who had signed up over the years.";
    expect(titled(lead + filler.repeat(6))).toBe("Caldo Foods");
    // a body of 500 characters is long
    const at500 = `${lead} ${"z".repeat(499 - lead.length)}`;
    expect(at500).toHaveLength(500);
    expect(titled(at500)).toBe("Caldo Foods");
    expect(titled(at500.slice(0, -1))).toBe("Orrin Bank");
  });
});

describe("victim: a one-word guess the text also writes mid-sentence", () => {
  const lead = "Quorix lost files last week. ";
  it.each([
    ["Buyers of the Quorix tablets were told. Quorix is sorry.", "Quorix"],
    ["Buyers (Quorix tablets) were told. Quorix is sorry.", "Quorix"],
    ["Buyers were told,Quorix said. Quorix is sorry.", "Quorix"],
    ["Buyers were told. Quorix is sorry. Quorix said more.", null],
    ["Buyers were told: Quorix is sorry. Quorix said more.", null],
    ["Buyers were told. “Quorix is sorry,” they said. Quorix said more.", null],
    ["Buyers of the Quorixes were told. Quorix is sorry.", null],
    ["Buyers of the Quorix2 were told. Quorix is sorry.", null],
  ])("%s → %s", (rest, victim) => {
    expect(plain(lead + rest)).toEqual({ name: victim, confident: false });
  });
});

describe("victim: ties", () => {
  it("gives a tie between names said often enough to the one named first", () => {
    expect(
      plain(
        "A breach at Caldo exposed files. A breach at Orrin exposed files. Caldo said. Orrin said.",
      ),
    ).toEqual({ name: "Caldo", confident: true });
    expect(
      plain(
        "A breach at Orrin exposed files. A breach at Caldo exposed files. Caldo said. Orrin said.",
      ),
    ).toEqual({ name: "Orrin", confident: true });
  });

  it("counts a name inside a longer one for the longer, whichever comes first", () => {
    for (const body of [
      "A breach at Caldo exposed files. A breach at Orrin Caldo exposed files. Orrin Caldo said. Caldo said.",
      "A breach at Orrin Caldo exposed files. A breach at Caldo exposed files. Orrin Caldo said. Caldo said.",
    ])
      expect(plain(body)).toEqual({ name: "Orrin Caldo", confident: true });
  });
});

describe("victim: which lines are headlines", () => {
  it.each([
    ["Breach at Harbor Vale", "Orrin Bank"],
    ["“Breach” at Harbor Vale", "Orrin Bank"],
    ["(Breach) at Harbor Vale", "Orrin Bank"],
    ["Breach at Harbor Vale 2024", "Orrin Bank"],
    ["Breach at the Harbor Vale", "Orrin Bank"],
    ["Breach  at  Harbor Vale  ", "Orrin Bank"],
    ["Breach at Harbor Vale — 2", "Orrin Bank"],
    // a closing period or a lower-case word makes the line prose
    ["Breach at Harbor Vale.", null],
    ["Breach at Harbor Vale!”", null],
    ["breach at Harbor Vale", null],
  ])("%s, then a sentence naming another → %s", (line, victim) => {
    expect(plain(`${line}\nA breach at Orrin Bank exposed files.`)).toEqual({
      name: victim,
      confident: true,
    });
  });
});

describe("victim: places, laws, publishers and courts", () => {
  it.each([
    "A breach at Harbor Gazette’s office exposed files.",
    "A breach at Elm Tribunal exposed files.",
    "A breach at Elm Court exposed files.",
    "A breach at HIPAA exposed files.",
    "A breach at Reuters exposed files.",
    "A breach at Elm Privacy Act exposed files.",
    "A breach at Ohio, Texas exposed files.",
    "A breach at Ohio or Texas exposed files.",
    "A breach at Elm Township exposed files.",
    "A breach at the law firm of Pellow Partners exposed files.",
    "A breach at Pellow Partners exposed files. Files of the law firm Pellow Partners were taken.",
  ])("%s names no victim", (body) => {
    expect(plain(body)).toEqual({ name: null, confident: false });
  });

  it.each([
    ["A breach at Elm City Bank exposed files.", "Elm City Bank"],
    ["A breach at Reuters Health exposed files.", "Reuters Health"],
    ["A breach at Texas Bank exposed files.", "Texas Bank"],
    ["A breach at Ohio and Texas Bank exposed files.", "Ohio and Texas Bank"],
  ])("%s names %s: a body whose name holds such a word", (body, victim) => {
    expect(plain(body)).toEqual({ name: victim, confident: true });
  });
});

describe("victim: the front matter is no mention", () => {
  it("counts mentions in the body only", () => {
    expect(
      findVictim(
        [],
        docOf(
          "---\ntitle: Files were lost this week again\ntags: Caldo, Caldo, Caldo, Caldo\n---\nA breach at Caldo exposed files. A breach at Orrin exposed files. Orrin said sorry.",
        ),
      ),
    ).toBe("Orrin");
  });
});

describe("victim: a catalogue title that is only a name", () => {
  const titled = (title: string) =>
    victimOfDoc(
      [],
      docOf(`---\ntitle: ${title}\n---\nThe names of 40,000 players were posted online.`),
    );

  it("is a name of one to four words", () => {
    expect(titled("Quarrel")).toEqual({ name: "Quarrel", confident: true });
    expect(titled("Quarrel Games Online Shop")).toEqual({
      name: "Quarrel Games Online Shop",
      confident: true,
    });
    expect(titled("Quarrel Games Online Shop Ltd")).toEqual({ name: null, confident: false });
  });
});

describe("namePattern", () => {
  it("refuses a pattern without NAME, and drops only the domain alternative from the plain one", () => {
    expect(() => namePattern(String.raw`\bbreach\b`, "g")).toThrow(
      "namePattern: no NAME in the pattern",
    );
    const p = namePattern(String.raw`at[ \t]+${NAME}`, "g");
    expect(pick(p, true)).toBe(p.re);
    expect(pick(p, false)).toBe(p.plain);
    expect(p.incident).toBe(false);
    expect(p.re.exec("hit at murmur.net today")?.[1]).toBe("murmur.net");
    expect(p.plain.exec("hit at murmur.net today")).toBeNull();
    expect(p.plain.exec("hit at Murmur Net today")?.[1]).toBe("Murmur Net");
    expect(namePattern(String.raw`${INCIDENT}[ \t]+at[ \t]+${NAME}`, "g").incident).toBe(true);
  });
});

describe("victim: what the guess leaves out", () => {
  it.each([
    "The Quorix has lost files.",
    "Files went missing. Quorix Mobile has lost files.",
    "Files went missing in the UK and more.",
    "Files went missing in the USA and more.",
  ])("%s guesses nobody", (body) => {
    expect(plain(body)).toEqual({ name: null, confident: false });
  });

  it("counts a long name's mentions further in, in any case", () => {
    const lead = "Files went missing. More. Again. Later. ";
    expect(
      plain(`${lead}Files of the Quorix Mobile Bank went missing. quorix mobile bank is sad.`),
    ).toEqual({
      name: "Quorix Mobile Bank",
      confident: false,
    });
    expect(plain(`${lead}Files of QMB went missing. QMB is sad.`)).toEqual({
      name: "QMB",
      confident: false,
    });
    expect(plain(`${lead}Files of the Quorix Mobile went missing. Quorix Mobile is sad.`)).toEqual({
      name: null,
      confident: false,
    });
  });
});

describe("victimMention: the first mention, else the title's; aliases in order", () => {
  const mention = (text: string, victim: string) => victimMention(docOf(text), victim);

  it("takes the body's first mention, and the title's when the body has none", () => {
    expect(
      mention("A leak at Harbor Telecom hit users. Harbor Telecom is sorry.", "Harbor Telecom"),
    ).toEqual({ name: "Harbor Telecom", start: 10, end: 24, aliases: [] });
    expect(
      mention("---\ntitle: Harbor Telecom leak\n---\nA leak hit users.", "Harbor Telecom"),
    ).toEqual({
      name: "Harbor Telecom",
      start: 11,
      end: 25,
      aliases: [],
    });
  });

  it("keeps the front matter's first mention, and takes one that opens the body", () => {
    expect(
      mention(
        "---\ntitle: Harbor Telecom leak\nsource: Harbor Telecom\n---\nA leak hit users.",
        "Harbor Telecom",
      )?.start,
    ).toBe(11);
    expect(
      mention("---\ntitle: Harbor Telecom leak\n---\nHarbor Telecom lost files.", "Harbor Telecom")
        ?.start,
    ).toBe(35);
  });

  it("reads short forms in the body only, and sorts the aliases", () => {
    expect(
      mention("---\ntitle: Orrin said, Orrin said\n---\nOrrin Bank lost files.", "Orrin Bank"),
    ).toEqual({
      name: "Orrin Bank",
      start: 38,
      end: 48,
      aliases: [],
    });
    expect(
      mention(
        "Brightwave Communications (ZBC) said hackers got in. Brightwave has told users. Brightwave said more.",
        "Brightwave Communications",
      )?.aliases,
    ).toEqual(["Brightwave", "ZBC"]);
  });
});

describe("victim: an acronym's long form has two words or more", () => {
  it.each([
    ["Files leaked at The Orrin (OB).", "OB", "OB"],
    ["Files leaked at Norwest Care (NWPC).", "NWPC", "Norwest Care"],
    ["Files leaked at Norwest Care (NWPCX).", "NWPCX", "NWPCX"],
  ])("%s → %s is %s", (lead, acronym, victim) => {
    expect(plain(`${lead} A breach at ${acronym} exposed files.`).name).toBe(victim);
  });
});

describe("victim: more of the actors' say", () => {
  const titled = (body: string, drafts: AnyDraft[]) =>
    victimOfDoc(drafts, docOf(`---\ntitle: Files were lost this week again\n---\n${body}`));

  it("takes no person's name, whatever their role, and only a victim actor's own name", () => {
    const body = "A breach at Orrin Bank exposed files.";
    expect(titled(body, [actor("Orrin Bank", "executive", "person")]).name).toBeNull();
    expect(titled(body, [actor("Orrin Bank", "executive")]).name).toBe("Orrin Bank");
    expect(titled("Nothing names anyone here.", [actor("Zedgang", "other")]).name).toBeNull();
  });
});

describe("victim: a lead that no other name ties", () => {
  it("names the one found in the first sentences even when it is said once", () => {
    expect(
      plain("A breach at Caldo exposed files. One. Two. Three. A breach at Orrin exposed files."),
    ).toEqual({ name: "Caldo", confident: true });
  });

  it("reads a title that cleans to nothing as no name", () => {
    expect(findVictim([], docOf("---\ntitle: The\n---\nA breach at Caldo exposed files."))).toBe(
      "Caldo",
    );
  });
});

describe("victim: the guess further in", () => {
  const lead = "Files went missing. More. Again. Later. ";

  it("takes no name further in that is not shaped as a body's, however often said", () => {
    expect(
      plain(
        `${lead}Orrin Valley was sad. Orrin Valley wept. Orrin Valley cried. Orrin Valley slept.`,
      ),
    ).toEqual({ name: null, confident: false });
  });

  it("counts a one-word name's mentions in its own case", () => {
    expect(plain(`${lead}Files of QMB went missing. qmb is sad.`)).toEqual({
      name: null,
      confident: false,
    });
  });
});

describe("victim: finer points of counting", () => {
  it("caps mentions at six exactly", () => {
    expect(
      plain(
        "A breach at Caldo exposed files. A breach at Orrin exposed files. One. Two. Three. A breach at Orrin hit more. Caldo one. Caldo two. Caldo three. Caldo four. Caldo five. Caldo six. Caldo seven. Orrin one. Orrin two. Orrin three.",
      ).name,
    ).toBe("Orrin");
  });

  it.each([
    "XCobalt said. ZCobalt said.",
    "&Cobalt said. 4Cobalt said.",
    "Cobalt Ltd said. Cobalt Inc said.",
    "Cobalt  Ltd said. Cobalt  Inc said.",
    "Cobalt2 said. Cobalt3 said.",
    "Cobalt+ said. Cobalt& said.",
  ])("a short form inside a longer name (%s) is no use of it alone", (rest) => {
    expect(plain(`A breach at Cobalt Orrin exposed files. Cobalt said. ${rest}`).name).toBe(
      "Cobalt Orrin",
    );
  });

  it("takes a short form the body uses when the body never writes the title's whole name", () => {
    expect(
      findVictim(
        [],
        docOf("---\ntitle: Breach at Cobalt Orrin exposes files\n---\nCobalt is sorry."),
      ),
    ).toBe("Cobalt");
  });

  it("takes no place for a short form", () => {
    expect(
      plain("A breach at Texas Orrin exposed files. Texas said. Texas said. Texas said.").name,
    ).toBe("Texas Orrin");
  });

  it("counts a one-word guess in whole words only", () => {
    expect(
      plain(
        "Files went missing. More. Again. Later. Files of QMB went missing. The QMBX unit and the QMB2 unit were fine.",
      ).name,
    ).toBeNull();
    expect(
      plain(
        "Quorix lost files last week. Buyers of the Quorixes were told. Quorix is sorry. Quorix said more.",
      ).name,
    ).toBeNull();
  });
});

describe("victim: words in capitals, areas and excluded names before an incident", () => {
  it("takes no word in capitals that the prose also writes in lower case, unless short", () => {
    expect(plain("A breach at HARBOR exposed files. The harbor was calm.").name).toBeNull();
    expect(plain("A breach at NOVA exposed files. The nova shone.").name).toBe("NOVA");
  });

  it("takes no area or excluded name from before an incident noun", () => {
    expect(plain("The Palm Beach County breach exposed files.").name).toBeNull();
    expect(
      victimOfDoc(
        [actor("Orrin Bank", "regulator")],
        docOf(
          "---\ntitle: Files were lost this week again\n---\nThe Orrin Bank breach exposed files.",
        ),
      ).name,
    ).toBeNull();
  });

  it("ignores a victim actor whose name cleans to nothing", () => {
    expect(
      findVictim(
        [actor("The", "victim")],
        docOf(
          "---\ntitle: Files were lost this week again\n---\nThe Orrin Bank breach exposed files.",
        ),
      ),
    ).toBe("Orrin Bank");
  });

  it("reads a law firm described at length after its name", () => {
    expect(
      plain(
        "A breach at Pellow Partners exposed files. Pellow Partners, a small Denver law firm, said so.",
      ).name,
    ).toBeNull();
  });
});

describe("victim: more headline lines", () => {
  it.each([
    ["Breach at U.S. Harbor Vale", "Orrin Bank"],
    ["Breach at Vale", "Orrin Bank"],
    ["Breach at Harbor Vale.  ", null],
    ["Breach at iHarbor Vale", null],
  ])("%s, then a sentence naming another → %s", (line, victim) => {
    expect(plain(`${line}\nA breach at Orrin Bank exposed files.`)).toEqual({
      name: victim,
      confident: true,
    });
  });
});

describe("factsOf: more of the words before an incident noun", () => {
  it("takes a possessive only at a word's end", () => {
    expect(factsOf("the D’souza Harbor breach").before).toEqual([
      { name: "D’souza Harbor", start: 4, specific: true },
    ]);
  });

  it("skips at most two filler words, in any case", () => {
    expect(factsOf("the Quill Ransomware attack").before).toEqual([
      { name: "Quill", start: 4, specific: true },
    ]);
    expect(factsOf("the Quill cyber security record breach").before).toEqual([]);
  });

  it("judges one incident by its noun, not by the text's last letter", () => {
    expect(factsOf("the Quill breach hit users").before).toEqual([
      { name: "Quill", start: 4, specific: true },
    ]);
  });
});
