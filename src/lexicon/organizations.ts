// Words that make a capitalised phrase an organisation or a government body, the verbs that
// make a body a regulator or an investigator, and countries with their demonyms, as data.
// The actor matchers build their regular expressions from these lists.

/** Head words of government bodies: "Federal Trade Commission". */
export const GOVERNMENT_WORDS: readonly string[] = [
  "Commission",
  "Commissioner's Office",
  "Ministry",
  "Agency",
  "Department",
  "Authority",
  "Office",
  "Bureau",
  "Administration",
  "Directorate",
  "Inspectorate",
  "Secretariat",
  "Council",
  "Parliament",
  "Congress",
  "Senate",
  "Assembly",
  "Court",
  "Tribunal",
  "Police",
  "Prosecutors",
  "Prosecution",
  "Trade Representative",
  "Regulator",
  "Ombudsman",
  "Board",
];

/**
 * Heads that name a government body only after a government qualifier ("National Labor
 * Relations Board", "Federal Reserve Board", "Fairfax County School Board"), never alone or
 * with an "of" after ("the Board of Directors", "Board of Trustees").
 */
export const QUALIFIED_GOVERNMENT_WORDS: readonly string[] = ["Board"];

/**
 * Heads that also name a company's own units ("Compliance Department", "Legal Office",
 * "PST Services"): a government body only with an "of" after ("Department of Health") or a
 * government qualifier before ("Treasury Department", "Round Rock Police Department").
 */
export const WEAK_GOVERNMENT_WORDS: readonly string[] = [
  "Department",
  "Office",
  "Service",
  "Council",
  "Court",
  "Authority",
  "Administration",
  "Agency",
];

/** Words before a weak head that make it a government's: "State", "County", "Federal". */
export const GOVERNMENT_QUALIFIERS: readonly string[] = [
  "Federal",
  "National",
  "State",
  "County",
  "City",
  "Municipal",
  "Metropolitan",
  "Provincial",
  "Regional",
  "District",
  "Superior",
  "Supreme",
  "Circuit",
  "Police",
  "Fire",
  "Sheriff's",
  "Treasury",
  "Justice",
  "Defense",
  "Defence",
  "Homeland",
  "Revenue",
  "Internal Revenue",
  "Secret",
  "Postal",
  "Health",
  "Public Health",
  "Social Security",
  "Veterans",
  "Coroners",
  "Cabinet",
  "Home",
  "Foreign",
  "Trade",
  "Environmental",
  "Protection",
  "Communications",
  "Cybersecurity",
  "Security",
  "Intelligence",
  "Information",
  "Privacy",
  "Data Protection",
  "Competition",
  "Consumer",
  "Financial",
  "Education",
  "Labor",
  "Labour",
  "Transportation",
  "Commerce",
  "Energy",
  "Personnel",
];

/** Bodies known by an acronym alone (FBI-style): government, with their involvement. */
export const GOVERNMENT_ACRONYMS: Readonly<Record<string, "investigator" | "regulator" | "other">> =
  {
    FBI: "investigator",
    CISA: "other",
    NSA: "other",
    DHS: "other",
    DOJ: "investigator",
    FTC: "regulator",
    SEC: "regulator",
    FCC: "regulator",
    HHS: "regulator",
    OCR: "regulator",
    ICO: "regulator",
    CNIL: "regulator",
    OAIC: "regulator",
    NCSC: "other",
    Europol: "investigator",
    Interpol: "investigator",
  };

/** What a body of GOVERNMENT_ACRONYMS stands for, and whose it is. */
export interface AcronymBody {
  /** The full name, as the document would spell it out (then an alias of the acronym). */
  fullName: string;
  /** The country it belongs to, null for an international body. */
  country: string | null;
  /**
   * Also a common word of another field ("ICO", an initial coin offering; "OCR", optical
   * character recognition; "SEC", a college sports conference): the body only where the
   * document spells it out or the sentence has a regulator's verb.
   */
  ambiguous?: boolean;
}

export const GOVERNMENT_ACRONYM_BODIES: Readonly<Record<string, AcronymBody>> = {
  FBI: { fullName: "Federal Bureau of Investigation", country: "United States" },
  CISA: {
    fullName: "Cybersecurity and Infrastructure Security Agency",
    country: "United States",
  },
  NSA: { fullName: "National Security Agency", country: "United States" },
  DHS: { fullName: "Department of Homeland Security", country: "United States" },
  DOJ: { fullName: "Department of Justice", country: "United States" },
  FTC: { fullName: "Federal Trade Commission", country: "United States" },
  SEC: {
    fullName: "Securities and Exchange Commission",
    country: "United States",
    ambiguous: true,
  },
  FCC: { fullName: "Federal Communications Commission", country: "United States" },
  HHS: { fullName: "Department of Health and Human Services", country: "United States" },
  OCR: { fullName: "Office for Civil Rights", country: "United States", ambiguous: true },
  ICO: {
    fullName: "Information Commissioner's Office",
    country: "United Kingdom",
    ambiguous: true,
  },
  CNIL: {
    fullName: "Commission nationale de l'informatique et des libertés",
    country: "France",
  },
  OAIC: { fullName: "Office of the Australian Information Commissioner", country: "Australia" },
  NCSC: { fullName: "National Cyber Security Centre", country: "United Kingdom" },
  Europol: { fullName: "European Union Agency for Law Enforcement Cooperation", country: null },
  Interpol: { fullName: "International Criminal Police Organization", country: null },
};

/** Words that make a government body an investigator rather than a regulator. */
export const INVESTIGATOR_WORDS: readonly string[] = [
  "Police",
  "Prosecutors",
  "Prosecution",
  "Prosecutor's Office",
  "Bureau of Investigation",
  "Investigation",
  "Investigative",
  "Crime",
  "Crimes",
  "Justice",
  "Secret Service",
  "Attorney",
  "Sheriff",
  "Marshals",
  "Europol",
  "Interpol",
];

/** Verbs and nouns that make a body in the same sentence a regulator (it probes, fines). */
export const REGULATOR_CUES: readonly string[] = [
  "probe",
  "probed",
  "probing",
  "probes",
  "investigate",
  "investigated",
  "investigates",
  "investigating",
  "investigation",
  "scrutiny",
  "scrutinize",
  "scrutinizing",
  "scrutinise",
  "scrutinising",
  "fine",
  "fined",
  "fines",
  "penalty",
  "penalties",
  "penalized",
  "penalised",
  "sanction",
  "sanctioned",
  "audit",
  "audited",
  "inspect",
  "inspected",
  "inspection",
  "enforcement action",
  "ordered",
  "launched",
  "examining",
  "reviewing",
  "looking into",
];

/** Words in the sentence that make the police (or a similar body) act: "police identified". */
export const INVESTIGATOR_VERBS: readonly string[] = [
  "raid",
  "raids",
  "raided",
  "arrest",
  "arrests",
  "arrested",
  "identified",
  "identifying",
  "investigate",
  "investigating",
  "investigated",
  "investigation",
  "probe",
  "probing",
  "seized",
  "charged",
  "detained",
  "said",
  "say",
  "says",
  "found",
  "traced",
  "tracked",
  "believe",
  "suspect",
  "launched",
  "confirmed",
  "are",
  "were",
  "have",
  "has",
];

/** Head words of companies and institutions: "Augusta University", "Capital One Bank". */
export const ORGANIZATION_WORDS: readonly string[] = [
  "Inc.",
  "Inc",
  "Corp.",
  "Corp",
  "Corporation",
  "Co.",
  "Ltd.",
  "Ltd",
  "LLC",
  "LLP",
  "PLC",
  "plc",
  "GmbH",
  "AG",
  "S.A.",
  "SA",
  "Group",
  "Holdings",
  "Company",
  "University",
  "College",
  "School",
  "Hospital",
  "Hospitals",
  "Clinic",
  "Medical Center",
  "Medical Centre",
  "Health System",
  "Healthcare",
  "Health",
  "Bank",
  "Credit Union",
  "Insurance",
  "Foundation",
  "Institute",
  "Association",
  "Trust",
  "Systems",
  "Services",
  "Technologies",
  "Labs",
  "Airlines",
  "Airways",
];

/** Capitalised phrases that are never an actor: stock exchanges, laws, schemes, publishers. */
export const NOT_ACTOR_WORDS: readonly string[] = [
  "Exchange",
  "Act",
  "Law",
  "Regulation",
  "Directive",
  "Certification",
  "Framework",
  "Standard",
  "Program",
  "Programme",
  "Plan",
  "Day",
  "Week",
  "Report",
  "Team",
  "News",
  "Editorial",
];

/** Nouns that describe a company in apposition: "Rakuten, Japan's leading e-commerce platform". */
export const COMPANY_NOUNS: readonly string[] = [
  "platform",
  "portal",
  "company",
  "firm",
  "giant",
  "retailer",
  "marketplace",
  "operator",
  "provider",
  "service",
  "chain",
  "maker",
  "manufacturer",
  "carrier",
  "bank",
  "lender",
  "insurer",
  "network",
  "site",
  "website",
  "app",
  "startup",
  "conglomerate",
  "group",
  "brand",
  "store",
  "broker",
  "exchange",
  "processor",
  "hospital",
  "university",
  "agency",
  "developer",
  "publisher",
  "airline",
  "player",
  "business",
];

/** A country, its other names, and its demonyms; `name` is what `affiliation` says. */
export interface Country {
  name: string;
  aliases: readonly string[];
  demonyms: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  {
    name: "South Korea",
    aliases: ["South Korea", "Republic of Korea", "Korea"],
    demonyms: ["South Korean", "Korean"],
  },
  { name: "North Korea", aliases: ["North Korea", "DPRK"], demonyms: ["North Korean"] },
  {
    name: "United States",
    aliases: ["United States", "United States of America", "U.S.", "U.S.A.", "US", "USA"],
    demonyms: ["American", "U.S."],
  },
  { name: "China", aliases: ["China", "PRC"], demonyms: ["Chinese"] },
  { name: "Japan", aliases: ["Japan"], demonyms: ["Japanese"] },
  { name: "Taiwan", aliases: ["Taiwan"], demonyms: ["Taiwanese"] },
  { name: "India", aliases: ["India"], demonyms: ["Indian"] },
  { name: "Singapore", aliases: ["Singapore"], demonyms: ["Singaporean"] },
  { name: "Australia", aliases: ["Australia"], demonyms: ["Australian"] },
  { name: "New Zealand", aliases: ["New Zealand"], demonyms: ["New Zealand"] },
  { name: "Canada", aliases: ["Canada"], demonyms: ["Canadian"] },
  { name: "Mexico", aliases: ["Mexico"], demonyms: ["Mexican"] },
  { name: "Brazil", aliases: ["Brazil"], demonyms: ["Brazilian"] },
  {
    name: "United Kingdom",
    aliases: ["United Kingdom", "U.K.", "UK", "Britain", "Great Britain"],
    demonyms: ["British", "U.K.", "UK"],
  },
  { name: "Ireland", aliases: ["Ireland"], demonyms: ["Irish"] },
  { name: "France", aliases: ["France"], demonyms: ["French"] },
  { name: "Germany", aliases: ["Germany"], demonyms: ["German"] },
  { name: "Italy", aliases: ["Italy"], demonyms: ["Italian"] },
  { name: "Spain", aliases: ["Spain"], demonyms: ["Spanish"] },
  { name: "Netherlands", aliases: ["Netherlands", "the Netherlands"], demonyms: ["Dutch"] },
  { name: "Russia", aliases: ["Russia"], demonyms: ["Russian"] },
  { name: "Ukraine", aliases: ["Ukraine"], demonyms: ["Ukrainian"] },
  { name: "Israel", aliases: ["Israel"], demonyms: ["Israeli"] },
  { name: "Iran", aliases: ["Iran"], demonyms: ["Iranian"] },
  { name: "Vietnam", aliases: ["Vietnam"], demonyms: ["Vietnamese"] },
  { name: "Philippines", aliases: ["Philippines"], demonyms: ["Philippine", "Filipino"] },
  { name: "Indonesia", aliases: ["Indonesia"], demonyms: ["Indonesian"] },
  { name: "Malaysia", aliases: ["Malaysia"], demonyms: ["Malaysian"] },
  { name: "Thailand", aliases: ["Thailand"], demonyms: ["Thai"] },
  { name: "Pakistan", aliases: ["Pakistan"], demonyms: ["Pakistani"] },
  { name: "Turkey", aliases: ["Turkey", "Türkiye"], demonyms: ["Turkish"] },
  { name: "Sweden", aliases: ["Sweden"], demonyms: ["Swedish"] },
  { name: "Norway", aliases: ["Norway"], demonyms: ["Norwegian"] },
  { name: "Denmark", aliases: ["Denmark"], demonyms: ["Danish"] },
  { name: "Finland", aliases: ["Finland"], demonyms: ["Finnish"] },
  { name: "Poland", aliases: ["Poland"], demonyms: ["Polish"] },
  { name: "Romania", aliases: ["Romania"], demonyms: ["Romanian"] },
  { name: "Switzerland", aliases: ["Switzerland"], demonyms: ["Swiss"] },
  { name: "Austria", aliases: ["Austria"], demonyms: ["Austrian"] },
  { name: "Belgium", aliases: ["Belgium"], demonyms: ["Belgian"] },
  { name: "South Africa", aliases: ["South Africa"], demonyms: ["South African"] },
  { name: "Nigeria", aliases: ["Nigeria"], demonyms: ["Nigerian"] },
  { name: "Egypt", aliases: ["Egypt"], demonyms: ["Egyptian"] },
  { name: "Saudi Arabia", aliases: ["Saudi Arabia"], demonyms: ["Saudi"] },
  {
    name: "United Arab Emirates",
    aliases: ["United Arab Emirates", "UAE"],
    demonyms: ["Emirati"],
  },
  { name: "Hong Kong", aliases: ["Hong Kong"], demonyms: ["Hong Kong"] },
];

/** Words for "this country" that take the country the document names most: "the country's". */
export const THIS_COUNTRY: readonly string[] = ["the country", "the nation"];
