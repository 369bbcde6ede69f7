// The modality, subject and overlap refiners on hand-made drafts, so that they are tested on
// their own, whatever the matchers find.
import { describe, expect, it } from "vitest";
import type { Kind, ValueOf } from "../src/contract/index.js";
import type { SourceDoc } from "../src/document/index.js";
import { clausesOf, modalityIn } from "../src/refiners/modality.js";
import modality from "../src/refiners/modality.js";
import overlap from "../src/refiners/overlap.js";
import subject from "../src/refiners/subject.js";
import { cleanName, findVictim } from "../src/refiners/victim.js";
import type { AnyDraft } from "../src/rules/index.js";
import { dataMatchers } from "../src/matchers/data/index.js";
import { penaltyMatchers } from "../src/matchers/penalty/index.js";
import type { Matcher } from "../src/rules/index.js";
import type { Claim } from "../src/contract/index.js";
import { docOf, extractWith } from "./helpers.js";

type ClaimOf<K extends Kind> = Extract<Claim, { kind: K }>;

const VALUES: { [K in Kind]: ValueOf<K> } = {
  affected: { count: 1000, bound: "exact", unit: "people" },
  date: { date: "2024-03", grain: "month", yearInferred: false, event: "breach" },
  duration: { iso: "P5M", bound: "exact", event: "undetected" },
  actor: {
    name: "X",
    aliases: [],
    type: "organization",
    role: null,
    affiliation: null,
    involvement: "other",
  },
  penalty: { amount: 1000, currency: "USD", bound: "exact", converted: null, status: "imposed" },
  data: { category: "email", exposed: true },
};

/** A draft of `kind` over the `nth` occurrence of `span` in the document's text. */
function draft<K extends Kind>(
  doc: SourceDoc,
  kind: K,
  span: string,
  value: Partial<ValueOf<K>> = {},
  nth = 0,
): AnyDraft {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = doc.text.indexOf(span, start + 1);
  if (start < 0) throw new Error(`no ${span} in text`);
  const sentence = doc.sentences.findIndex((s) => s.start <= start && start < s.end);
  return {
    kind,
    value: { ...VALUES[kind], ...value },
    start,
    end: start + span.length,
    rule: `${kind}.test`,
    sentence,
    modality: null,
    subject: undefined,
  } as AnyDraft;
}

/** Modality of the claim over `span` in a one-sentence text. */
function modalityOf(text: string, span: string, kind: Kind = "affected", suspect = false) {
  const start = text.indexOf(span);
  return modalityIn(text, start, start + span.length, kind, { suspect });
}

describe("clauses", () => {
  it("keeps a list in one clause and cuts at a relative clause", () => {
    const text =
      "The breach, which began in May and went undetected, exposed names, email addresses, and phone numbers.";
    const clauses = clausesOf(text).map((c) => text.slice(c.start, c.end).trim());
    expect(clauses).toEqual([
      "The breach",
      "which began in May and went undetected",
      "exposed names, email addresses, and phone numbers.",
    ]);
  });
  it("does not cut a number at its thousands separator", () => {
    const text = "Letters went to 1,406 former students.";
    expect(clausesOf(text)).toHaveLength(1);
  });
});

describe("modality", () => {
  it.each([
    ["The hackers stole 4 million records.", "4 million records"],
    ["Acme confirmed that 4 million records were taken.", "4 million records"],
    ["In May, hackers took 4 million records, and the company has not said why.", "May"],
  ])("asserted: %j", (text, span) =>
    expect(modalityOf(text, span, span === "May" ? "date" : "affected")).toBe("asserted"),
  );

  it.each([
    ["According to the company, 4 million records were taken.", "4 million records"],
    ["4 million records were taken, a spokesman said.", "4 million records"],
    ["The firm said on Tuesday that 4 million records were taken.", "4 million records"],
    ["The stolen data reportedly includes names, addresses, and birth dates.", "birth dates"],
    ["Hackers stole the data of 4 million users, the company told regulators.", "4 million users"],
    ["The lender exposed 4 million records for a year, the audit found.", "4 million records"],
  ])("reported: %j", (text, span) => expect(modalityOf(text, span)).toBe("reported"));

  it.each([
    ["Investigators believe the intrusion began in March 2023.", "March 2023", "date"],
    ["The breach, which police suspect began in June, went unnoticed.", "June", "date"],
    ["The attack allegedly exposed 2 million accounts.", "2 million accounts", "affected"],
  ] as const)("suspected: %j", (text, span, kind) =>
    expect(modalityOf(text, span, kind)).toBe("suspected"),
  );

  it.each([
    ["The company could face fines of up to $20 million.", "$20 million", "penalty"],
    ["As many as 10 million users may have been affected.", "10 million users", "affected"],
    ["The data potentially included 300,000 patients.", "300,000 patients", "affected"],
    ["Regulators are expected to impose a $5 million fine.", "$5 million", "penalty"],
  ] as const)("speculative: %j", (text, span, kind) =>
    expect(modalityOf(text, span, kind)).toBe("speculative"),
  );

  it.each([
    ["The company denied that 2 million accounts were affected.", "2 million accounts"],
    ["Officials said 80,000 records were not accessed.", "80,000 records"],
  ])("negated: %j", (text, span) => expect(modalityOf(text, span)).toBe("negated"));

  it.each([
    ["A police memory stick with the details of 165,000 suspects was found.", "165,000 suspects"],
    [
      "The data included 1.9 million records of traders who could then be contacted by buyers.",
      "1.9 million records",
    ],
    [
      "The ransom demand was rejected and data containing 5.4M email addresses was dumped.",
      "5.4M email addresses",
    ],
  ])("a cue that governs other words leaves the claim asserted: %j", (text, span) =>
    expect(modalityOf(text, span)).toBe("asserted"),
  );

  it("hedges only the list item an adverb stands before", () => {
    const text =
      "The data included names, phone numbers, and possibly addresses, the dentist said.";
    expect(modalityOf(text, "names", "data")).toBe("reported");
    expect(modalityOf(text, "addresses", "data")).toBe("speculative");
  });

  it("does not hedge a date that names a known thing", () => {
    const text = "The firm could face fines larger than the 2019 penalty for its breach.";
    expect(modalityOf(text, "2019", "date")).toBe("asserted");
    expect(modalityOf("The breach may have begun in 2019.", "2019", "date")).toBe("speculative");
  });

  it("does not read a time limit as a denial", () => {
    const text = "The intrusion was not discovered until March 2019.";
    expect(modalityOf(text, "March 2019", "date")).toBe("asserted");
  });

  it("does not read the month May as a hedge", () => {
    expect(modalityOf("In May 2021, hackers stole 2 million records.", "May 2021", "date")).toBe(
      "asserted",
    );
  });

  it("keeps a cue to its clause: a hedge on the start leaves the listed data asserted", () => {
    const text =
      "The breach, which authorities suspect began in June, included names, email addresses, and phone numbers.";
    expect(modalityOf(text, "June", "date")).toBe("suspected");
    expect(modalityOf(text, "phone numbers", "data")).toBe("asserted");
  });

  it("a data denial is not negated: it says who holds it", () => {
    const text = "The retailer said card numbers and passwords were not compromised.";
    expect(modalityOf(text, "passwords", "data")).toBe("reported");
  });

  it("an actor is not hedged by the suspicion it holds, a suspect is", () => {
    const text = "Police suspect a former contractor of the hospital stole the files.";
    expect(modalityOf(text, "Police", "actor")).toBe("asserted");
    expect(modalityOf(text, "a former contractor", "actor", true)).toBe("suspected");
  });

  it("the speaker of a statement is not reported, what it says is", () => {
    const text = "Hospital spokesman John Reyes said 12,000 patients were notified.";
    expect(modalityOf(text, "John Reyes", "actor")).toBe("asserted");
    expect(modalityOf(text, "12,000 patients")).toBe("reported");
    const inverted =
      "We take this seriously, said congresswoman Ellen Marsh, who represents the district.";
    expect(modalityOf(inverted, "congresswoman Ellen Marsh", "actor")).toBe("asserted");
  });

  it("reads 'reported to' as a recipient, not a source", () => {
    const text =
      "The lost laptop was reported in June 2018 to officials at the Department of Health and Human Services.";
    expect(modalityOf(text, "Department of Health and Human Services", "actor")).toBe("asserted");
    expect(modalityOf(text, "June 2018", "date")).toBe("asserted");
  });

  it("keeps a matcher's own modality and makes a potential penalty speculative", () => {
    const doc = docOf("Regulators imposed a fine of $5 million. The firm faces another.");
    const kept = { ...draft(doc, "affected", "$5 million"), modality: "negated" } as AnyDraft;
    const potential = draft(doc, "penalty", "$5 million", { status: "potential" });
    const [a, b] = modality.refine([kept, potential], doc);
    expect(a!.modality).toBe("negated");
    expect(b!.modality).toBe("speculative");
  });
});

describe("victim", () => {
  it.each([
    ["Data breach at Northwind Traders exposes 2 million customers", "Northwind Traders"],
    ["Contoso Confirms Data Breach Affecting 1.2M Users", "Contoso"],
    ["Regulators Probe After Fabrikam's Record Breach", "Fabrikam"],
    ["CheapAssGamer.com", "CheapAssGamer.com"],
  ])("from the title %j", (title, victim) => {
    const doc = docOf(`---\ntitle: "${title}"\n---\nThe incident was disclosed on Monday.`);
    expect(findVictim([], doc)).toBe(victim);
  });

  it("from the text when the title says nothing", () => {
    const doc = docOf(
      "Patients told to watch their mail\n\nIn June 2019, the clinic chain Litware Health suffered a data breach. Litware Health said 4,000 patients were affected.",
    );
    expect(findVictim([], doc)).toBe("Litware Health");
  });

  it.each([
    [
      "Mail-order pharmacy Tailwind Meds said intruders copied prescription records of 80,000 clients. Tailwind Meds is notifying them.",
      "Tailwind Meds",
    ],
    [
      "Regional carrier Bluegate Rail warned that the travel histories of up to 2.3 million riders may have been leaked. The firm apologised.",
      "Bluegate Rail",
    ],
    [
      "Outdoor retailer Pinecrest in Denver confirmed on Tuesday that attackers had reached its payment servers.",
      "Pinecrest",
    ],
    [
      "The State Gaming Commission has opened an investigation into Lucky Harbor Resorts after guest records surfaced online.",
      "Lucky Harbor Resorts",
    ],
    [
      "The regulator fined Orbital Couriers $900,000 after a hack of its parcel database. Orbital Couriers said it would appeal.",
      "Orbital Couriers",
    ],
    [
      "Quillmark Books was fined 1.5 million euros for failing to secure customer accounts.",
      "Quillmark Books",
    ],
    [
      "The Consumer Data Authority imposed a penalty of $2 million on Greenleaf Clinics over the leak of patient files.",
      "Greenleaf Clinics",
    ],
    [
      "A researcher found an open server belonging to Harbinger Freight holding shipping manifests. The 52 GB archive held names and phone numbers.",
      "Harbinger Freight",
    ],
    [
      "Loyalty card details were copied from Brambleton Outfitters servers. Loyalty card holders were told to reset passwords.",
      "Brambleton Outfitters",
    ],
    [
      "Budget airline Skylark Air said on Monday that it was looking into unusual activity on its booking systems. Customers were told to watch for scam calls.",
      "Skylark Air",
    ],
  ])("from the language of the text: %j", (text, victim) => {
    expect(findVictim([], docOf(text))).toBe(victim);
  });

  it("cuts a headline verb off a name", () => {
    const doc = docOf(
      `---\ntitle: "Lakeshore Dental Group Hacked; Patients Warned"\n---\nThe practice wrote to patients on Monday.`,
    );
    expect(findVictim([], doc)).toBe("Lakeshore Dental Group");
    expect(cleanName("Lakeshore Dental Group Suffers")).toBe("Lakeshore Dental Group");
  });

  it("never takes a unit, an agency acronym or a truncated regulator's name", () => {
    expect(
      findVictim([], docOf("The 12 GB dump was posted on a forum. The GB figure grew.")),
    ).not.toBe("GB");
    const ftc = docOf(
      "The FTC said the FTC would review the matter. The FTC declined further comment.",
    );
    expect(findVictim([], ftc)).not.toBe("FTC");
    const cut = docOf(
      "The Personal Information Protection Commission said it would review the matter. The Personal Information Protection Commission gave no date.",
    );
    expect(findVictim([], cut)).not.toBe("Protection Commission");
  });

  it("never votes for a name an actor claim calls a regulator", () => {
    const doc = docOf(
      "Halden Oversight said hackers stole data from Marlow Bank. Marlow Bank confirmed a breach.",
    );
    const regulator = draft(doc, "actor", "Halden Oversight", {
      name: "Halden Oversight",
      involvement: "regulator",
    });
    expect(findVictim([regulator], doc)).toBe("Marlow Bank");
  });

  it("never votes for a person who speaks", () => {
    const doc = docOf(
      "Ana Ruiz said thieves stole laptops holding payroll files. The laptops belonged to the Corbel Works depot, Ana Ruiz said.",
    );
    const person = draft(doc, "actor", "Ana Ruiz", {
      name: "Ana Ruiz",
      type: "person",
      involvement: "other",
    });
    expect(findVictim([person], doc)).not.toBe("Ana Ruiz");
  });

  it("cleans a name out of a headline's capitalised run", () => {
    expect(cleanName("In February Tailspin")).toBe("Tailspin");
    expect(cleanName("South Korea’s Tailspin")).toBe("Tailspin");
    expect(cleanName("The")).toBeNull();
  });
});

describe("subject", () => {
  const text = [
    "Data breach at Northwind Traders hits 12 million customers",
    "",
    "Northwind Traders said hackers accessed its systems in March 2024 and took the data of 12 million customers.",
    "The breach in June 2021, which affected 3 million users and led to a $2 million fine, was smaller.",
    "A previous breach exposed 500,000 records.",
    "That dwarfs the Contoso breach, which exposed 9 million accounts.",
    "In 2019, an unrelated attack on a supplier leaked 40,000 records.",
    "Staff emails were exposed in other phishing attacks, including one in 2016 that hit 5,600 patients.",
    "One of the biggest attacks involved Fabrikam, where a breach last year exposed 147 million Americans.",
    "In the 2016 incident, hackers stole 3.5 million records.",
    "Last year's attack on the chain hit 800,000 shoppers.",
  ].join("\n");
  const doc = docOf(text);
  const drafts = [
    draft(doc, "affected", "12 million customers", {}, 1),
    draft(doc, "date", "March 2024", { date: "2024-03", event: "breach_start" }),
    draft(doc, "date", "June 2021", { date: "2021-06", event: "breach" }),
    draft(doc, "affected", "3 million users"),
    draft(doc, "penalty", "$2 million"),
    draft(doc, "affected", "500,000 records"),
    draft(doc, "affected", "9 million accounts"),
    draft(doc, "affected", "40,000 records"),
    draft(doc, "affected", "5,600 patients"),
    draft(doc, "affected", "147 million Americans"),
    draft(doc, "date", "2016", { date: "2016", grain: "year", event: "breach" }, 1),
    draft(doc, "affected", "3.5 million records"),
    draft(doc, "affected", "800,000 shoppers"),
  ];
  const out = subject.refine(drafts, doc);
  const subjectOf = (span: string) =>
    out.find((d) => doc.text.slice(d.start, d.end) === span)?.subject;

  it("gives the victim's claims the victim", () => {
    expect(subjectOf("12 million customers")).toBe("Northwind Traders");
    expect(subjectOf("March 2024")).toBe("Northwind Traders");
  });
  it("gives a breach dated otherwise, and what its clause says, to `other`", () => {
    expect(subjectOf("June 2021")).toBe("other");
    expect(subjectOf("3 million users")).toBe("other");
    expect(subjectOf("$2 million")).toBe("other");
  });
  it("reads previous and unrelated incidents as `other`", () => {
    expect(subjectOf("500,000 records")).toBe("other");
    expect(subjectOf("40,000 records")).toBe("other");
    expect(subjectOf("5,600 patients")).toBe("other");
    expect(subjectOf("3.5 million records")).toBe("other");
    expect(subjectOf("800,000 shoppers")).toBe("other");
  });
  it("names another incident's victim when the text does", () => {
    expect(subjectOf("9 million accounts")).toBe("Contoso");
    expect(subjectOf("147 million Americans")).toBe("Fabrikam");
  });
  it("gives the publication date no subject", () => {
    const dated = docOf("Acme hack\nMonday, Mar 4, 2024 9:00 am ET\nAcme was hacked.");
    const pub = draft(dated, "date", "Mar 4, 2024", { event: "published" });
    expect(subject.refine([pub], dated)[0]!.subject).toBeNull();
  });
  it("keeps a subject a matcher set", () => {
    const set = { ...draft(doc, "affected", "500,000 records"), subject: "Someone" } as AnyDraft;
    expect(subject.refine([set], doc)[0]!.subject).toBe("Someone");
  });
});

describe("overlap", () => {
  const doc = docOf("Tailspin's chief executive, Dana Reyes, resigned after the breach.");
  it("keeps two actors with unrelated names over the same words", () => {
    const ceo = draft(doc, "actor", "Tailspin's chief executive, Dana Reyes", {
      name: "Dana Reyes",
    });
    const company = draft(doc, "actor", "Tailspin", { name: "Tailspin" });
    expect(overlap.refine([ceo, company], doc)).toHaveLength(2);
  });
  it("drops the shorter of two overlapping claims of one kind", () => {
    const long = draft(doc, "actor", "chief executive, Dana Reyes", { name: "Dana Reyes" });
    const short = draft(doc, "actor", "Dana Reyes", { name: "Dana Reyes" });
    const kept = overlap.refine([short, long], doc);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.end - kept[0]!.start).toBe("chief executive, Dana Reyes".length);
  });
});

describe("status", () => {
  const penalties = (text: string) =>
    extractWith(penaltyMatchers as Matcher[], text)
      .filter((c): c is ClaimOf<"penalty"> => c.kind === "penalty")
      .map((c) => [c.text, c.value.status]);

  it("makes a settlement proposed when the text says it awaits approval", () => {
    const text =
      "The chain agreed to pay $35 million to resolve the lawsuits. The proposed settlement still awaits approval from a federal judge.";
    expect(penalties(text)).toEqual([["$35 million", "proposed"]]);
  });

  it("leaves a settlement imposed when nothing says it is pending", () => {
    expect(penalties("The retailer agreed to pay $80 million to settle the claims.")).toEqual([
      ["$80 million", "imposed"],
    ]);
  });

  it("leaves a fine imposed beside a pending settlement", () => {
    const text =
      "The regulator fined the retailer $5 million last year. If approved, the settlement will end the lawsuits.";
    expect(penalties(text)).toEqual([["$5 million", "imposed"]]);
  });

  it("gives a later amount of a list the status of the one before it", () => {
    const text =
      "The authority said it intends to fine the hotel group $10 million and to fine the airline $20 million.";
    expect(penalties(text)).toEqual([
      ["$10 million", "proposed"],
      ["$20 million", "proposed"],
    ]);
  });
});

describe("modality of the time and place of saying", () => {
  it.each([
    ["It was reported in March 2021 that 40,000 members were affected.", "March 2021", "date"],
    ["The insurer said on Friday that 40,000 members were affected.", "Friday", "date"],
    ['"We are sorry," the chief executive said at a briefing on Friday.', "Friday", "date"],
    ["The regulator said in a statement on 4 May 2024.", "4 May 2024", "date"],
  ] as const)("asserted: %j", (text, span, kind) =>
    expect(modalityOf(text, span, kind)).toBe("asserted"),
  );
  it.each([
    ["It was reported in March 2021 that 40,000 members were affected.", "40,000 members"],
    ["The insurer said on Friday that 40,000 members were affected.", "40,000 members"],
    ["The insurer said on Friday 40,000 members were affected.", "40,000 members"],
    ["The insurer said on Friday 400 members were affected.", "400 members"],
    ["It has been reported that 40,000 members were affected.", "40,000 members"],
  ])("the statement stays reported: %j", (text, span) =>
    expect(modalityOf(text, span)).toBe("reported"),
  );
});

describe("modality of a span that went unnoticed", () => {
  it("is no denial: the firm did not notice the intruders for a span", () => {
    const text = "The shop reportedly did not notice the intruders for nine weeks.";
    expect(modalityOf(text, "for nine weeks", "duration")).toBe("reported");
  });
  it("a span denied outright stays negated", () => {
    const text = "The outage did not last for nine weeks.";
    expect(modalityOf(text, "for nine weeks", "duration")).toBe("negated");
  });
  it("'found' inside a sentence reports nothing", () => {
    const text = "4 million records were found on an open server.";
    expect(modalityOf(text, "4 million records")).toBe("asserted");
  });
});

describe("modality of a list that elaborates a hedged clause", () => {
  it("holds the list as the clause before it holds it", () => {
    const claims = extractWith(
      dataMatchers as Matcher[],
      "The leaked file appears to include the records of thousands of people, including names and phone numbers.",
    ).filter((c) => c.kind === "data");
    expect(claims.map((c) => [c.text, c.modality])).toEqual([
      ["names", "suspected"],
      ["phone numbers", "suspected"],
    ]);
  });
});

describe("victim: names as a class", () => {
  const filler =
    " The company said it had hired outside experts and informed the regulator of the incident." +
    " Customers were told to change their passwords and to watch for suspicious messages." +
    " The investigation continues, and further notices will be sent in the coming weeks." +
    " A helpline has been set up for anyone worried about the incident and its effects." +
    " Security researchers said attacks of this kind had grown more common this year.";

  it("ends a name where an amount begins, and leaves out the legal suffix", () => {
    expect(cleanName("Quillfeather Corp USD 200")).toBe("Quillfeather");
    expect(cleanName("Quillfeather Corp C")).toBe("Quillfeather");
    expect(cleanName("Rowan Mutual Co. 4.2")).toBe("Rowan Mutual");
    expect(cleanName("Tern Logistics Co., Ltd.")).toBe("Tern Logistics");
  });

  it("keeps an organisation word that ends a name", () => {
    expect(cleanName("Brightwell Healthcare")).toBe("Brightwell Healthcare");
  });

  it("reads names that open on digits or hold an ampersand", () => {
    const doc = docOf(
      `---\ntitle: "Data of 2 million 9toFive accounts leaked"\n---\n9toFive said an intruder copied its customer files.${filler} 9toFive apologised.`,
    );
    expect(findVictim([], doc)).toBe("9toFive");
  });

  it("takes no headline word, place or law for the victim", () => {
    const doc = docOf(
      `---\ntitle: "Ombra Telecom To Pay Damages In Breach Settlement"\n---\nInquiry Continues Into Possible Leak\nOmbra Telecom will pay damages to customers in Nevada over a breach that exposed records under HIPAA.${filler} Ombra Telecom said the settlement awaits approval.`,
    );
    expect(findVictim([], doc)).toBe("Ombra Telecom");
  });

  it("prefers the name the text uses on its own over a product glued to it", () => {
    const doc = docOf(
      `---\ntitle: "Kestrel Mobile SIM data leaked"\n---\nKestrel Mobile said a breach exposed subscriber data.${filler} Kestrel Mobile will replace cards. Kestrel Mobile apologised.`,
    );
    expect(findVictim([], doc)).toBe("Kestrel Mobile");
  });
});

describe("victim as an actor", () => {
  it("adds the victim, named where the text first names it, with its short name", () => {
    const text =
      "Northlink Communications (NLC) said hackers copied the records of its customers. " +
      "Northlink said the breach began in May. Northlink is writing to customers.";
    const doc = docOf(text);
    const out = subject.refine([], doc);
    const actor = out.find((d) => d.kind === "actor");
    expect(actor).toMatchObject({
      value: { name: "Northlink Communications", aliases: ["NLC", "Northlink"] },
      start: 0,
      subject: "Northlink Communications",
    });
    if (actor?.kind === "actor") expect(actor.value.involvement).toBe("victim");
  });
});
