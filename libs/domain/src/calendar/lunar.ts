/**
 * The Chinese lunisolar calendar (农历), computed rather than tabled, for the festivals the national
 * holiday regulation names by lunar date (春节, 端午, 中秋) and for 清明, a solar term.
 *
 * Pure arithmetic on numbers: no clock, no `Intl`, no time-zone database and no dependency, so it
 * gives the same answer in Node and inside Temporal's workflow sandbox. The method is the one of
 * the national standard GB/T 33661-2017 (农历的编算和颁行), with the astronomy of Jean Meeus,
 * *Astronomical Algorithms* (2nd ed., 1998):
 *
 * - New moons: chapter 49, with all its periodic and planetary terms (error of a few seconds
 *   against the full theory, before ΔT).
 * - The Sun's apparent longitude: chapter 25, the "low accuracy" method (about 0.01°, i.e. the
 *   instant of a solar term to within about 15 minutes).
 * - ΔT (TT − UT): the polynomials of Espenak and Meeus (NASA, 2006), which is why the years
 *   supported are 1941–2149. ΔT after today is a forecast; its error grows to about a minute by 2100.
 * - Days are civil days in China Standard Time (UTC+08:00), the calendar's reference since 1929.
 * - The lunar month whose first day is on or before the day of the winter solstice (冬至), and
 *   whose next month starts after it, is month 11. If 13 new moons start months between two such
 *   months 11, the year has a leap month: the first of those months without a principal term
 *   (中气, the Sun at a multiple of 30°) is leap and repeats the previous month's number.
 *
 * Checked in `lunar.spec.ts` against Node's ICU Chinese calendar for every day from 1950 to 2100
 * and against the State Council notices of 2008–2026. A new moon or solar term within a few minutes
 * of midnight is where a computation of this precision can place it on the wrong day; none does in
 * 1950–2100 as the spec shows.
 */

/** A civil date in China as numbers. */
export interface CivilDate {
  readonly year: number;
  /** 1 (January) to 12. */
  readonly month: number;
  /** 1 to 31. */
  readonly day: number;
}

/** One month of the lunar calendar. */
export interface LunarMonth {
  /** 1 to 12: the number the month carries; a leap month repeats the previous one's. */
  readonly number: number;
  readonly leap: boolean;
  /** Day number (see {@link dayNumberOf}) of its first day (初一). */
  readonly firstDay: number;
  /** 29 or 30. */
  readonly length: number;
}

/** The dates the holiday regulation needs from the lunar calendar and the solar terms, for one Gregorian year. */
export interface LunarFestivals {
  /** 除夕: the last day of the lunar year that ends in this Gregorian year, the eve of 春节. */
  readonly chuxi: string;
  /** 春节: lunar 1/1. */
  readonly chunjie: string;
  /** 清明: the day (UTC+08:00) the Sun's apparent longitude reaches 15°. */
  readonly qingming: string;
  /** 端午节: lunar 5/5. */
  readonly duanwu: string;
  /** 中秋节: lunar 8/15. */
  readonly zhongqiu: string;
}

const DEG = Math.PI / 180;
const SYNODIC_MONTH = 29.530588861;
const TROPICAL_YEAR = 365.2422;
const J2000 = 2451545.0;
/** UTC+08:00 as a fraction of a day. */
const CHINA_OFFSET_DAYS = 8 / 24;

/**
 * Years this module is meant for. Outside them ΔT and the chapter-25 Sun are too uncertain for a
 * calendar; and nothing in the project needs them.
 */
export const LUNAR_FIRST_YEAR = 1941;
export const LUNAR_LAST_YEAR = 2149;

function sinDeg(x: number): number {
  return Math.sin(x * DEG);
}

function normalizeDegrees(x: number): number {
  const r = x % 360;
  return r < 0 ? r + 360 : r;
}

/**
 * The day number of a civil date: its Julian Day Number (the JD at noon of that date), an integer.
 * Consecutive dates have consecutive numbers, so day arithmetic is integer arithmetic.
 */
export function dayNumberOf(date: CivilDate): number {
  // Fliegel & Van Flandern (1968), valid for every Gregorian date after 4800 BC.
  const a = Math.floor((14 - date.month) / 12);
  const y = date.year + 4800 - a;
  const m = date.month + 12 * a - 3;
  return date.day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** The civil date of a day number; the inverse of {@link dayNumberOf}. */
export function civilDateOf(dayNumber: number): CivilDate {
  const a = dayNumber + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** `YYYY-MM-DD` of a day number. */
export function isoOfDayNumber(dayNumber: number): string {
  const { year, month, day } = civilDateOf(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day number of a `YYYY-MM-DD` string (not validated beyond its shape). */
export function dayNumberOfIso(date: string): number {
  return dayNumberOf({ year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) });
}

/**
 * ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus, NASA 2006). Only its size matters
 * here: about 64 s in 2000, 69 s in 2025, a forecast of 93 s in 2050 and 203 s in 2100.
 */
export function deltaTSeconds(decimalYear: number): number {
  const y = decimalYear;
  if (y >= 1941 && y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - (t * t) / 233 + (t * t * t) / 2547;
  }
  if (y >= 1961 && y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - (t * t) / 260 - (t * t * t) / 718;
  }
  if (y >= 1986 && y < 2005) {
    const t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (y >= 2005 && y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  const u = (y - 1820) / 100;
  if (y >= 2050 && y < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - y);
  // Outside 1941–2150 (only reached for the edges of the supported years): the long-term parabola.
  return -20 + 32 * u * u;
}

/** Converts a Julian Ephemeris Day (TT) to the day number of its civil date in UTC+08:00. */
function chinaDayOfJde(jde: number): number {
  const decimalYear = 2000 + (jde - J2000) / 365.25;
  const jdUt = jde - deltaTSeconds(decimalYear) / 86400;
  // A JD starts at noon; +0.5 moves the day boundary to midnight, then to midnight in UTC+08:00.
  return Math.floor(jdUt + 0.5 + CHINA_OFFSET_DAYS);
}

/**
 * The instant (JDE, TT) of the true new moon of lunation `k` (k = 0: 6 January 2000),
 * Meeus chapter 49.
 */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const om = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;

  const periodic =
    -0.4072 * sinDeg(mp) +
    0.17241 * e * sinDeg(m) +
    0.01608 * sinDeg(2 * mp) +
    0.01039 * sinDeg(2 * f) +
    0.00739 * e * sinDeg(mp - m) -
    0.00514 * e * sinDeg(mp + m) +
    0.00208 * e * e * sinDeg(2 * m) -
    0.00111 * sinDeg(mp - 2 * f) -
    0.00057 * sinDeg(mp + 2 * f) +
    0.00056 * e * sinDeg(2 * mp + m) -
    0.00042 * sinDeg(3 * mp) +
    0.00042 * e * sinDeg(m + 2 * f) +
    0.00038 * e * sinDeg(m - 2 * f) -
    0.00024 * e * sinDeg(2 * mp - m) -
    0.00017 * sinDeg(om) -
    0.00007 * sinDeg(mp + 2 * m) +
    0.00004 * sinDeg(2 * mp - 2 * f) +
    0.00004 * sinDeg(3 * m) +
    0.00003 * sinDeg(mp + m - 2 * f) +
    0.00003 * sinDeg(2 * mp + 2 * f) -
    0.00003 * sinDeg(mp + m + 2 * f) +
    0.00003 * sinDeg(mp - m + 2 * f) -
    0.00002 * sinDeg(mp - m - 2 * f) -
    0.00002 * sinDeg(3 * mp + m) +
    0.00002 * sinDeg(4 * mp);

  const planetary =
    0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * t2) +
    0.000165 * sinDeg(251.88 + 0.016321 * k) +
    0.000164 * sinDeg(251.83 + 26.651886 * k) +
    0.000126 * sinDeg(349.42 + 36.412478 * k) +
    0.00011 * sinDeg(84.66 + 18.206239 * k) +
    0.000062 * sinDeg(141.74 + 53.303771 * k) +
    0.00006 * sinDeg(207.14 + 2.453732 * k) +
    0.000056 * sinDeg(154.84 + 7.30686 * k) +
    0.000047 * sinDeg(34.52 + 27.261239 * k) +
    0.000042 * sinDeg(207.19 + 0.121824 * k) +
    0.00004 * sinDeg(291.34 + 1.844379 * k) +
    0.000037 * sinDeg(161.72 + 24.198154 * k) +
    0.000035 * sinDeg(239.56 + 25.513099 * k) +
    0.000023 * sinDeg(331.55 + 3.592518 * k);

  return jde + periodic + planetary;
}

/** The Sun's apparent geocentric longitude in degrees [0, 360) at `jde`, Meeus chapter 25 (low accuracy). */
export function sunApparentLongitude(jde: number): number {
  const t = (jde - J2000) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sinDeg(m) + (0.019993 - 0.000101 * t) * sinDeg(2 * m) + 0.000289 * sinDeg(3 * m);
  const omega = 125.04 - 1934.136 * t;
  return normalizeDegrees(l0 + c - 0.00569 - 0.00478 * sinDeg(omega));
}

/**
 * The instant (JDE) the Sun's apparent longitude reaches `longitude` degrees, the first time
 * after about `nearJde` minus half a year. Newton's method on the mean motion converges in a few
 * steps to well under a second.
 */
function solarTermJde(longitude: number, nearJde: number): number {
  let jde = nearJde;
  for (let i = 0; i < 50; i++) {
    // Signed difference in (−180, 180], so the step goes the short way round.
    const diff = normalizeDegrees(longitude - sunApparentLongitude(jde) + 180) - 180;
    jde += (diff * TROPICAL_YEAR) / 360;
    if (Math.abs(diff) < 1e-7) break;
  }
  return jde;
}

/** JDE of the moment the Sun reaches `longitude` in Gregorian `year` (any longitude; each is reached once a year). */
function solarTermInYear(year: number, longitude: number): number {
  // The Sun is at 0° near 20 March; start from the mean date of `longitude` in that year.
  const march20 = dayNumberOf({ year, month: 3, day: 20 }) - 0.5;
  return solarTermJde(longitude, march20 + (normalizeDegrees(longitude) * TROPICAL_YEAR) / 360 - (longitude >= 285 ? TROPICAL_YEAR : 0));
}

/** Day number (UTC+08:00) of the day the Sun reaches `longitude` in Gregorian `year`. */
export function solarTermDay(year: number, longitude: number): number {
  assertYear(year);
  return chinaDayOfJde(solarTermInYear(year, longitude));
}

/** Day number (UTC+08:00) of the winter solstice (冬至, 270°) in December of `year`. */
function winterSolsticeDay(year: number): number {
  return chinaDayOfJde(solarTermJde(270, dayNumberOf({ year, month: 12, day: 21 }) - 0.5));
}

function newMoonDay(k: number): number {
  return chinaDayOfJde(newMoonJde(k));
}

/** The lunation index of the last new moon whose day is on or before `dayNumber`. */
function lunationOnOrBefore(dayNumber: number): number {
  let k = Math.floor((dayNumber - 2451550.09766) / SYNODIC_MONTH);
  while (newMoonDay(k + 1) <= dayNumber) k++;
  while (newMoonDay(k) > dayNumber) k--;
  return k;
}

/**
 * The months of the 岁 (sui) from month 11 of the year before to the month before month 11 of
 * `year`, i.e. the months between the winter solstices of December `year − 1` and December
 * `year`, numbered, with the leap month marked.
 */
function monthsOfSui(year: number): LunarMonth[] {
  const solstice1 = winterSolsticeDay(year - 1);
  const solstice2 = winterSolsticeDay(year);
  const k1 = lunationOnOrBefore(solstice1);
  const k2 = lunationOnOrBefore(solstice2);
  const starts: number[] = [];
  for (let k = k1; k <= k2; k++) starts.push(newMoonDay(k));
  const count = k2 - k1;
  if (count !== 12 && count !== 13) throw new Error(`lunar: ${count} months between the winter solstices of ${year - 1} and ${year}`);

  // The 中气 of this sui: 冬至 of year − 1 (270°), then 300°, …, 240°; each is the day it falls on.
  const principalTerms: number[] = [];
  for (let i = 0; i < 12; i++) {
    const longitude = (270 + 30 * i) % 360;
    principalTerms.push(chinaDayOfJde(solarTermJde(longitude, dayNumberOf({ year: year - 1, month: 12, day: 21 }) - 0.5 + (30 * i * TROPICAL_YEAR) / 360)));
  }

  const months: LunarMonth[] = [];
  let leapTaken = count === 12;
  let number = 11;
  for (let i = 0; i < count; i++) {
    const first = starts[i] as number;
    const next = starts[i + 1] as number;
    const hasPrincipalTerm = principalTerms.some((d) => d >= first && d < next);
    const leap = !leapTaken && i > 0 && !hasPrincipalTerm;
    if (leap) leapTaken = true;
    else if (i > 0) number = (number % 12) + 1;
    months.push({ number, leap, firstDay: first, length: next - first });
  }
  return months;
}

const yearCache = new Map<number, readonly LunarMonth[]>();

/**
 * The months of the lunar year that begins (春节) in Gregorian `year`, from month 1 to the last
 * month before the next 春节, leap month included.
 *
 * @throws RangeError if `year` is outside {@link LUNAR_FIRST_YEAR}–{@link LUNAR_LAST_YEAR}.
 */
export function lunarYear(year: number): readonly LunarMonth[] {
  assertYear(year);
  const cached = yearCache.get(year);
  if (cached !== undefined) return cached;
  const both = [...monthsOfSui(year), ...monthsOfSui(year + 1)];
  const start = both.findIndex((m) => m.number === 1 && !m.leap);
  const end = both.findIndex((m, i) => i > start && m.number === 1 && !m.leap);
  const months = both.slice(start, end);
  // The cache only ever holds values computed from the pure functions above (a few hundred at most).
  yearCache.set(year, months);
  return months;
}

/**
 * The Gregorian date (`YYYY-MM-DD`) of a day of the lunar year that begins in Gregorian `year`.
 *
 * @param month 1–12, a non-leap month.
 * @param day 1–30; 30 only where the month has 30 days.
 * @throws RangeError for a day the month does not have.
 */
export function lunarToIso(year: number, month: number, day: number): string {
  const m = lunarYear(year).find((x) => x.number === month && !x.leap);
  if (m === undefined || !Number.isInteger(day) || day < 1 || day > m.length) {
    throw new RangeError(`lunar ${year} ${month}/${day} does not exist`);
  }
  return isoOfDayNumber(m.firstDay + day - 1);
}

/**
 * The lunar date of a Gregorian day: the Gregorian year in which its lunar year began, the month
 * (number and leap flag) and the day of the month.
 */
export function lunarDateOf(iso: string): { readonly year: number; readonly month: number; readonly leap: boolean; readonly day: number } {
  const dn = dayNumberOfIso(iso);
  const gregorianYear = Number(iso.slice(0, 4));
  for (const year of [gregorianYear, gregorianYear - 1]) {
    const months = lunarYear(year);
    const m = months.find((x) => dn >= x.firstDay && dn < x.firstDay + x.length);
    if (m !== undefined) return { year, month: m.number, leap: m.leap, day: dn - m.firstDay + 1 };
  }
  throw new RangeError(`no lunar date found for ${iso}`);
}

/**
 * 除夕, 春节, 清明, 端午 and 中秋 of Gregorian `year`, as `YYYY-MM-DD` in UTC+08:00.
 * 除夕 is the day before 春节, whether the last month has 29 or 30 days.
 */
export function lunarFestivals(year: number): LunarFestivals {
  const chunjie = lunarYear(year)[0]?.firstDay as number;
  return {
    chuxi: isoOfDayNumber(chunjie - 1),
    chunjie: isoOfDayNumber(chunjie),
    qingming: isoOfDayNumber(solarTermDay(year, 15)),
    duanwu: lunarToIso(year, 5, 5),
    zhongqiu: lunarToIso(year, 8, 15),
  };
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_FIRST_YEAR || year > LUNAR_LAST_YEAR) {
    throw new RangeError(`lunar calendar computed for ${LUNAR_FIRST_YEAR}–${LUNAR_LAST_YEAR} only, got ${year}`);
  }
}
