// Dates and durations as data: month names, part-of-period words, relative words, number
// words for spans, and the cue words that tell which event a date belongs to.
// The date and duration matchers build their regular expressions from these lists.
import { UNIT_WORDS } from "./numbers.js";
import { US_STATES } from "./places.js";

/** Month names and abbreviations (lower case, no period) → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/**
 * Month names that are also ordinary English words ("may", "march"): as bare months (no day,
 * no year) they are read only when capitalised and after a preposition.
 */
export const AMBIGUOUS_MONTHS: readonly string[] = ["may", "march"];

/** Weekday names → 0 (Sunday) … 6 (Saturday), as `Date.getUTCDay()` counts them. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/**
 * Words before a year or month that say which part of it ("early 2024", "mid-2016", "summer
 * 2019"). They do not change the value: the grain stays the year (or month) written.
 */
export const PART_WORDS: readonly string[] = [
  "early",
  "mid",
  "late",
  "summer",
  "spring",
  "autumn",
  "fall",
  "winter",
];

/** Parts said as "the … of" ("the end of 2019", "the first half of 2020"). */
export const PART_OF_WORDS: readonly string[] = [
  "beginning",
  "start",
  "middle",
  "end",
  "first half",
  "second half",
  "first quarter",
  "second quarter",
  "third quarter",
  "fourth quarter",
  "last quarter",
  "summer",
  "spring",
  "autumn",
  "fall",
  "winter",
];

/** Hedges between "in" and a date ("in approximately 2011", "around mid-2015"). */
export const DATE_HEDGES: readonly string[] = [
  "approximately",
  "around",
  "about",
  "circa",
  "roughly",
  "sometime in",
  "some time in",
];

/**
 * Words that may stand right before a bare year and make it a date ("in 2016", "since 2019",
 * "the 2016 breach"); a year with none of these before it is not read.
 */
export const YEAR_LEADS: readonly string[] = [
  "in",
  "on",
  "since",
  "during",
  "by",
  "until",
  "till",
  "through",
  "throughout",
  "from",
  "between",
  "before",
  "after",
  "of",
  "the",
  "a",
  "its",
  "their",
  "to",
  "and",
  "or",
  "as early as",
  "as far back as",
  "back to",
  "approximately",
  "around",
  "circa",
  "about",
  "roughly",
];

/**
 * Plural nouns after a four-digit number (perhaps with one word between) that make it a
 * count, not a year: "2021 records", "2000 customer accounts"; "the 2025 record" stays a year.
 */
export const COUNT_NOUNS: readonly string[] = [
  "records",
  "accounts",
  "users",
  "customers",
  "people",
  "persons",
  "individuals",
  "members",
  "patients",
  "employees",
  "emails",
  "e-mails",
  "addresses",
  "rows",
  "entries",
  "files",
  "students",
  "subscribers",
  "clients",
  "victims",
  "residents",
  "veterans",
  "cards",
  "numbers",
  "documents",
  "pages",
  "lines",
  "passwords",
  "credentials",
  "profiles",
  "consumers",
  "households",
  "dollars",
  "won",
  "euros",
  "pounds",
  "yen",
  "hashes",
  "usernames",
  "devices",
  "computers",
  "servers",
  "sites",
  "websites",
  "domains",
  "times",
  "percent",
  "%",
];

/** Relative dates anchored on the document's own date, and their offset. */
export const RELATIVE_DATES: Readonly<
  Record<string, { grain: "year" | "month" | "day"; offset: number }>
> = {
  "last year": { grain: "year", offset: -1 },
  "this year": { grain: "year", offset: 0 },
  "earlier this year": { grain: "year", offset: 0 },
  "later this year": { grain: "year", offset: 0 },
  "last month": { grain: "month", offset: -1 },
  "this month": { grain: "month", offset: 0 },
  "earlier this month": { grain: "month", offset: 0 },
  yesterday: { grain: "day", offset: -1 },
};

/** Words that make a weekday a date of the document's week ("said on Friday", "on Tuesday"). */
export const WEEKDAY_LEADS: readonly string[] = ["on", "last", "this", "said", "announced"];

/**
 * Event cue words. Each phrase is matched at word boundaries, case-insensitively; a trailing
 * "*" means any word ending. `verb` cues (an event that happens) outrank `noun` cues (a thing
 * the date may merely sit near) when both are in a date's clause.
 */
export type DateEvent =
  | "breach_start"
  | "breach_end"
  | "breach"
  | "detected"
  | "disclosed"
  | "penalty"
  | "resignation"
  | "raid"
  | "certified"
  | "other";

export interface CueSet {
  event: DateEvent;
  verbs: readonly string[];
  nouns: readonly string[];
}

export const EVENT_CUES: readonly CueSet[] = [
  {
    event: "breach_start",
    verbs: [
      "began",
      "begun",
      "beginning",
      "started",
      "starting",
      "commenced",
      "first accessed",
      "initially accessed",
      "first gained access",
      "first compromised",
      "first infiltrated",
    ],
    nouns: ["the start of the breach", "the beginning of the breach", "initial access"],
  },
  {
    event: "breach_end",
    verbs: [
      "ended",
      "ending",
      "stopped",
      "was contained",
      "was shut down",
      "last accessed",
      "cut off",
      "was terminated",
      "was blocked",
      // The exposure closed: a database or server made private again.
      "secured the database",
      "secured the server",
      "secured the bucket",
      "secured the data",
      "secured the system",
      "secured the systems",
      "secured it",
      "was secured",
      "were secured",
      "taken offline",
      "pulled offline",
      "took it offline",
      "patched",
      "restricted access",
      "removed public access",
      "locked down",
    ],
    nouns: [],
  },
  {
    event: "detected",
    verbs: [
      "discover*",
      "detect*",
      "noticed",
      "identified",
      "became aware",
      "become aware",
      "learned",
      "learnt",
      "found out",
      "was found",
      "were found",
      "uncovered",
      "spotted",
      "was alerted",
      "were alerted",
      "alerted",
    ],
    nouns: ["discovery", "detection"],
  },
  {
    event: "disclosed",
    verbs: [
      "disclos*",
      "announc*",
      "notif*",
      "reported",
      "revealed",
      "made public",
      "went public",
      "confirmed",
      "informed",
      "admitted",
      "acknowledged",
      "publicly posted",
      "posted",
      "published",
      "surfaced",
      "emerged",
      "news broke",
      "appeared for sale",
      "appeared",
      "was listed",
      "were listed",
      "listed for sale",
      "put up for sale",
      "placed up for sale",
      "up for sale",
      "offered for sale",
      "sold",
      "circulat*",
      "dumped",
      "shared",
      "provided to",
      "sent to",
      "loaded",
      "made available",
      "released",
      "filed",
      "sent letters",
      "went out",
      "mailed",
      "said",
      "says",
      "told",
    ],
    nouns: ["notice", "announcement", "disclosure", "press release", "statement", "letter*"],
  },
  {
    event: "penalty",
    verbs: ["fined", "penalised", "penalized", "sanctioned", "ordered to pay", "levied", "imposed"],
    nouns: ["fine", "fines", "penalty", "penalties", "settlement"],
  },
  {
    event: "resignation",
    verbs: [
      "resigned",
      "resigns",
      "stepped down",
      "steps down",
      "step down",
      "quit",
      "was dismissed",
      "was ousted",
    ],
    nouns: ["resignation"],
  },
  {
    event: "raid",
    verbs: ["raided", "searched", "seized"],
    nouns: ["raid", "raids", "search warrant"],
  },
  {
    event: "certified",
    verbs: ["certified", "accredited"],
    nouns: ["certification", "certificate", "accreditation"],
  },
  {
    event: "breach",
    verbs: [
      "breached",
      "hacked",
      "suffered",
      "attacked",
      "compromised",
      "stolen",
      "stole",
      "exposed",
      "leaked",
      "accessed",
      "obtained",
      "obtain",
      "gained access",
      "gained unauthorized access",
      "was gained",
      "exfiltrated",
      "occurred",
      "happened",
      "took place",
      "broke into",
      "broken into",
      "ransomed",
      "infected",
      "scraped",
      "was the target",
      "were the target",
      "was targeted",
      "were targeted",
      "went missing",
      "was lost",
      "were lost",
      "misplaced",
      "burglarized",
      "burglarised",
      "affected",
      "impacted",
      "downloaded",
      "copied",
      "snooped",
      "viewed",
      "was taken",
      "were taken",
      "taken",
      "intrusion",
    ],
    nouns: [
      "breach",
      "data breach",
      "hack",
      "attack",
      "cyberattack",
      "cyber attack",
      "incident",
      "intrusion",
      "theft",
      "leak",
      "compromise",
      "break-in",
      "ransomware",
    ],
  },
];

/**
 * Words right before a date that fix its event whatever else the clause says
 * ("as early as May 3", "dating back to October 2017", "since 2019").
 * Checked against the text just before the date, longest first.
 */
export const ATTACHED_CUES: readonly { phrase: string; event: DateEvent }[] = [
  { phrase: "as early as", event: "breach_start" },
  { phrase: "as far back as", event: "breach_start" },
  { phrase: "dating back to", event: "breach_start" },
  { phrase: "dated back to", event: "breach_start" },
  { phrase: "dates back to", event: "breach_start" },
  { phrase: "date back to", event: "breach_start" },
  { phrase: "dating from", event: "breach_start" },
  { phrase: "dates from", event: "breach_start" },
  { phrase: "backup from", event: "breach_start" },
  { phrase: "backups from", event: "breach_start" },
  { phrase: "data was from", event: "breach_start" },
  { phrase: "data is from", event: "breach_start" },
  { phrase: "corpus was from", event: "breach_start" },
  { phrase: "records from", event: "breach_start" },
  { phrase: "data from", event: "breach_start" },
  { phrase: "first accessed", event: "breach_start" },
  { phrase: "first accessed in", event: "breach_start" },
  { phrase: "first accessed on", event: "breach_start" },
  { phrase: "began in", event: "breach_start" },
  { phrase: "began on", event: "breach_start" },
  { phrase: "began around", event: "breach_start" },
  { phrase: "started in", event: "breach_start" },
  { phrase: "started on", event: "breach_start" },
  { phrase: "beginning in", event: "breach_start" },
  { phrase: "beginning on", event: "breach_start" },
  { phrase: "starting in", event: "breach_start" },
  { phrase: "starting on", event: "breach_start" },
  { phrase: "until", event: "breach_end" },
  { phrase: "till", event: "breach_end" },
  { phrase: "through", event: "breach_end" },
  { phrase: "ended in", event: "breach_end" },
  { phrase: "ended on", event: "breach_end" },
];

/**
 * After "since", a date is the start of a breach only when the clause speaks of access or an
 * attack going on; next to a certification it is `certified`; otherwise `other`
 * ("repeated breaches since 2016").
 */
export const SINCE_START_CUES: readonly string[] = [
  "access*",
  "had been",
  "have been",
  "has been",
  "ongoing",
  "active",
  "present",
  "infiltrat*",
  "inside",
  "compromised",
  "exfiltrat*",
  "extract*",
  "siphon*",
  "collect*",
  "harvest*",
  "running",
  "undetected",
  "unnoticed",
];

/**
 * Verbs that only report speech ("the company said"). A range ("from January 2021 to June
 * 2022") never takes its event from them: it belongs to what happened in it.
 */
export const REPORTING_VERBS: readonly string[] = [
  "said",
  "says",
  "told",
  "tells",
  "stated",
  "states",
  "added",
  "adds",
  "explained",
  "wrote",
  "according to",
];

/**
 * Cues that a range ("between March and June 2021") is when attackers were in or data lay
 * open: its start is the breach's start and its end the breach's end.
 */
export const RANGE_BREACH_CUES: readonly string[] = [
  "had access",
  "has had access",
  "have had access",
  "gained access",
  "access*",
  "unauthorized access",
  "unauthorised access",
  "expos*",
  "publicly available",
  "publicly accessible",
  "available online",
  "left open",
  "inside",
  "infiltrat*",
  "exfiltrat*",
  "siphon*",
  "skimm*",
  "harvest*",
  "scrap*",
  "intrusion",
  "compromise*",
];

/**
 * A sentence opening "The <incident> <verb> when/after/because …" explains how the event of the
 * sentence before it came about (refiners/event.ts): the incident nouns and the verbs.
 */
export const EXPLAINED_INCIDENTS: readonly string[] = [
  "breach",
  "incident",
  "intrusion",
  "exposure",
  "leak",
  "compromise",
  "attack",
  "hack",
  "theft",
  "unauthorized disclosure",
  "unauthorised disclosure",
  "unauthorized access",
  "unauthorised access",
];
export const EXPLAINED_VERBS: readonly string[] = [
  "occurred",
  "happened",
  "took place",
  "was caused",
  "came about",
  "arose",
  "resulted",
];

/** Verbs between a noun and a range that make the range the noun's ("the attack ran from …"). */
export const RANGE_LASTING_VERBS: readonly string[] = [
  "lasted",
  "ran",
  "continued",
  "went on",
  "persisted",
  "spanned",
  "took place",
  "occurred",
  "happened",
];

/**
 * A flaw in software: a date said of one ("a 2017 vulnerability", "alerted in March to a
 * critical vulnerability", "servers with known flaws in 2016") dates the flaw, not the breach.
 */
export const VULNERABILITY_NOUNS: readonly string[] = [
  "vulnerability",
  "vulnerabilities",
  "security flaw",
  "security flaws",
  "software flaw",
  "software flaws",
  "zero-day",
  "zero-days",
  "security hole",
  "security holes",
];

/** Words that may stand between a date and the flaw it dates ("a 2019 known and unpatched flaw"). */
export const VULNERABILITY_MODIFIERS: readonly string[] = [
  "a",
  "an",
  "the",
  "its",
  "their",
  "this",
  "that",
  "and",
  "critical",
  "known",
  "exploited",
  "unpatched",
  "serious",
  "severe",
  "major",
  "security",
  "software",
  "publicly",
  "disclosed",
  "reported",
];

/** Verbs of a figure's change: "rose 30% in 2018" dates a trend, not an incident. */
export const TREND_VERBS: readonly string[] = [
  "rose",
  "increased",
  "grew",
  "jumped",
  "surged",
  "soared",
  "skyrocketed",
  "climbed",
  "doubled",
  "tripled",
  "fell",
  "dropped",
  "declined",
  "decreased",
];

/** Words that mark a date as a field of a pasted record (`"date": "7/2023"`): event other. */
export const RECORD_FIELD_CUES: readonly string[] = ['"date":', "'date':", "date:"];

// Durations

/** Number words for spans ("for five months"); "a"/"an" count as one ("for a year"). */
export const SPAN_NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  ...Object.fromEntries(Object.entries(UNIT_WORDS).filter(([, n]) => n > 0)),
  twenty: 20,
  thirty: 30,
  "twenty-four": 24,
  "thirty-six": 36,
};

/** Unit words → ISO 8601 designator; hours count only in whole days. */
export const SPAN_UNITS: Readonly<Record<string, "Y" | "M" | "W" | "D" | "H">> = {
  year: "Y",
  years: "Y",
  month: "M",
  months: "M",
  week: "W",
  weeks: "W",
  day: "D",
  days: "D",
  hour: "H",
  hours: "H",
};

/** Words between "for" and the number that do not change it ("for a full five months"). */
export const SPAN_FILLERS: readonly string[] = [
  "a full",
  "a total of",
  "a further",
  "an additional",
  "another",
  "at least",
  "more than",
  "over",
  "nearly",
  "almost",
  "about",
  "around",
  "approximately",
  "roughly",
  "some",
  "up to",
  "just over",
  "just under",
  "close to",
  "the better part of",
  "well over",
];

/** Cues in a span's clause that it is how long a breach went unnoticed. */
export const UNDETECTED_CUES: readonly string[] = [
  "undetected",
  "unnoticed",
  "undiscovered",
  "unreported",
  "without being detected",
  "without being noticed",
  "without detection",
  "before being detected",
  "before being discovered",
  "before being noticed",
  "before it was detected",
  "before it was discovered",
  "before it was noticed",
  "failed to detect",
  "failed to notice",
  "failed to recognize",
  "failed to recognise",
  "failed to discover",
  "failing to detect",
  "failing to notice",
  "failing to recognize",
  "failing to recognise",
  "failing to discover",
  "did not detect",
  "did not notice",
  "didn't notice",
  "didn't detect",
  "went unchecked",
];

/** Cues that a span is how long someone had access or data lay exposed. */
export const ACCESS_CUES: readonly string[] = [
  "had access",
  "intrusion*",
  "attack",
  "attacks",
  "cyberattack*",
  "cyber attack*",
  "breach lasted",
  "breach, which lasted",
  "access*",
  "inside",
  "infiltrat*",
  "roam*",
  "lurk*",
  "persist*",
  "exposed",
  "publicly available",
  "publicly accessible",
  "online",
  "open",
  "unsecured",
  "unprotected",
  "exfiltrat*",
  "extract*",
  "siphon*",
  "stealing",
  "steal",
  "compromised",
];

/**
 * A span in the same clause as one of these is not about the breach (an offer, a sentence,
 * a retention rule): no claim.
 */
export const SPAN_REJECT_CUES: readonly string[] = [
  "credit monitoring",
  "identity monitoring",
  "identity theft protection",
  "identity protection",
  "identity restoration",
  "monitoring service*",
  "free of charge",
  "complimentary",
  "membership",
  "subscription",
  "prison",
  "jail",
  "sentenced",
  "probation",
  "imprisonment",
  "custody",
  "retain*",
  "retention",
  "warranty",
  "trial",
  "protect the identity",
  "fraud resolution",
  "good for",
  "without pay",
  "suspended",
  "worked",
  "working for",
  "employed",
  "tenure",
  "career",
];

/** Words before a span that make it a look-back window, not a duration ("in the past five years"). */
export const LOOKBACK_LEADS: readonly string[] = [
  "in the past",
  "in the last",
  "over the past",
  "over the last",
  "during the past",
  "during the last",
  "within the past",
  "within the last",
  "in the next",
  "over the next",
  "within",
];

/** Weekday names, capitalised. */
export const WEEKDAY_NAMES: readonly string[] = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
];

/** Month names, capitalised. */
export const MONTH_NAMES: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Weekday and month names, capitalised, and the months' abbreviations: words that start no name. */
export const CALENDAR_WORDS: readonly string[] = [
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
];

// Day order and spelled-out days

/** Ordinal words for the days of a month ("April third", "the twenty-first of May"). */
export const ORDINAL_DAYS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  "twenty-first": 21,
  "twenty-second": 22,
  "twenty-third": 23,
  "twenty-fourth": 24,
  "twenty-fifth": 25,
  "twenty-sixth": 26,
  "twenty-seventh": 27,
  "twenty-eighth": 28,
  "twenty-ninth": 29,
  thirtieth: 30,
  "thirty-first": 31,
};

/**
 * Words that say a text is written where dates put the month first ("4/10/2019" = April 10):
 * the United States and its institutions. Matched as whole words, case as written.
 */
export const MONTH_FIRST_CUES: readonly string[] = [
  "U.S.",
  "US",
  "USA",
  "United States",
  "America",
  "American",
  "Americans",
  "Social Security",
  "social security",
  "SSN",
  "Veteran",
  "Veterans",
  "VA",
  "VHA",
  "SSNs",
  "HIPAA",
  "HHS",
  "FBI",
  "FTC",
  "SEC",
  "Attorney General",
  "Veterans Affairs",
  ...US_STATES,
];

/**
 * Words that say a text is written where dates put the day first ("4/10/2019" = 4 October):
 * countries and institutions of most of the English-writing world outside the United States.
 */
export const DAY_FIRST_CUES: readonly string[] = [
  "UK",
  "U.K.",
  "United Kingdom",
  "Britain",
  "British",
  "England",
  "Scotland",
  "Wales",
  "Northern Ireland",
  "Ireland",
  "Irish",
  "Australia",
  "Australian",
  "New Zealand",
  "India",
  "Indian",
  "Pakistan",
  "Bangladesh",
  "Sri Lanka",
  "Singapore",
  "Malaysia",
  "Hong Kong",
  "South Africa",
  "Nigeria",
  "Kenya",
  "Ghana",
  "European Union",
  "EU",
  "GDPR",
  "ICO",
  "NHS",
  "Germany",
  "France",
  "Spain",
  "Italy",
  "Netherlands",
  "Belgium",
  "Sweden",
  "Norway",
  "Denmark",
  "Finland",
  "Poland",
  "Brazil",
  "Mexico",
];
