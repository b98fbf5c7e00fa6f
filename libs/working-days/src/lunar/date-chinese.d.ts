// The part of date-chinese (MIT, commenthol) this library uses. The package ships its types under an `exports`
// map without a `types` condition, which `moduleResolution: nodenext` does not find.
declare module 'date-chinese' {
  export class CalendarVietnamese {
    constructor(cycle?: number, year?: number, month?: number, leap?: boolean, day?: number);
    /** [cycle, year, month, leap, day] */
    get(): [number, number, number, boolean, number];
    fromGregorian(year: number, month: number, day: number): this;
    toGregorian(gyear?: number): { year: number; month: number; day: number };
    /** Julian ephemeris day of the lunar new year that falls in Gregorian year `gyear`. */
    newYear(gyear: number): number;
    fromJDE(jde: number): this;
  }
}
