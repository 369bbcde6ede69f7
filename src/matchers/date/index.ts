// The date matchers, in the order they run: the fullest forms first (the overlap refiner keeps
// the longer of two overlapping dates either way).
import type { Matcher } from "../../rules/index.js";
import bareMonth from "./bare-month.js";
import dayMonth from "./day-month.js";
import dayMonthYear from "./day-month-year.js";
import dayRange from "./day-range.js";
import isoDate from "./iso-date.js";
import isoMonth from "./iso-month.js";
import joinedMonth from "./joined-month.js";
import lowerMonth from "./lower-month.js";
import monthDay from "./month-day.js";
import monthDayYear from "./month-day-year.js";
import monthYear from "./month-year.js";
import numericDate from "./numeric-date.js";
import numericDmy from "./numeric-dmy.js";
import numericMonthYear from "./numeric-month-year.js";
import numericYmd from "./numeric-ymd.js";
import ordinalDay from "./ordinal-day.js";
import partYear from "./part-year.js";
import relative from "./relative.js";
import twoDigitYear from "./two-digit-year.js";
import weekday from "./weekday.js";
import year from "./year.js";
import yearFirst from "./year-first.js";

export const dateMatchers: Matcher<"date">[] = [
  monthDayYear,
  dayMonthYear,
  dayRange,
  isoDate,
  numericDate,
  numericYmd,
  numericDmy,
  joinedMonth,
  lowerMonth,
  ordinalDay,
  twoDigitYear,
  yearFirst,
  isoMonth,
  monthYear,
  numericMonthYear,
  monthDay,
  dayMonth,
  bareMonth,
  year,
  partYear,
  relative,
  weekday,
];
