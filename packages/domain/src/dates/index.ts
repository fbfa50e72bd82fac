export { addDays, addMonths, ageOn, compareIsoDates, daysBetween, monthsBetween } from "./calendar";
export { fromDayNumber, type IsoDate, IsoDateSchema, isIsoDate, toDayNumber } from "./iso-date";
export {
  isoWeekday,
  isoWeekNumber,
  isoWeekStart,
  type WeekStartResult,
  weekStartFrom,
  workdaysOfWeek,
} from "./iso-week";
export { monthEnd, monthEndsUntil } from "./month-end";
export {
  isSwedishWorkingDay,
  nextWorkingDay,
  PLATFORM_TIME_ZONE,
  previousWorkingDay,
  swedishDate,
  swedishHolidayDayNumbers,
  weekdayOfDayNumber,
} from "./swedish-days";
