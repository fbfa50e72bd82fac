export {
  DEFAULT_SUPPRESSION_THRESHOLD,
  type PublishedCount,
  publishCount,
  publishRate,
} from "./suppression";
