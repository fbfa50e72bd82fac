export {
  isValidationMessageKey,
  VALIDATION_MESSAGE_KEYS,
  type ValidationMessageKey,
} from "./message-keys";
