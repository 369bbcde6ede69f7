// The date matchers, in the order they run: the fullest forms first (the overlap refiner keeps
// the longer of two overlapping dates either way).
import type { Matcher } from "../../rules/index.js";
import bareMonth from "./bare-month.js";
import dayMonth from "./day-month.js";
import dayMonthYear from "./day-month-year.js";
import dayRange from "./day-range.js";
import isoDate from "./iso-date.js";
import monthDay from "./month-day.js";
import monthDayYear from "./month-day-year.js";
import monthYear from "./month-year.js";
import numericDate from "./numeric-date.js";
import numericMonthYear from "./numeric-month-year.js";
import relative from "./relative.js";
import weekday from "./weekday.js";
import year from "./year.js";

export const dateMatchers: Matcher<"date">[] = [
  monthDayYear,
  dayMonthYear,
  dayRange,
  isoDate,
  numericDate,
  monthYear,
  numericMonthYear,
  monthDay,
  dayMonth,
  bareMonth,
  year,
  relative,
  weekday,
];
