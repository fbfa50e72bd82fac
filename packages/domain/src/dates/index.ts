export { addDays, addMonths, ageOn, compareIsoDates, daysBetween, monthsBetween } from "./calendar";
export { type IsoDate, IsoDateSchema, isIsoDate } from "./iso-date";
