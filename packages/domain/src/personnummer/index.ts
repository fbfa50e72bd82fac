export { formatPersonalIdentityNumber, maskPersonalIdentityNumber } from "./format";
export {
  PERSONAL_IDENTITY_NUMBER_ERRORS,
  type PersonalIdentityNumber,
  type PersonalIdentityNumberError,
  type PersonalIdentityNumberKind,
  type PersonalIdentityNumberResult,
  parsePersonalIdentityNumber,
} from "./parse";
export { personalIdentityNumberSchema } from "./schema";
