export { downloadBase64, readFileAsBase64 } from "./download";
export { type FlowBox, FlowChart, type FlowStage } from "./flow-chart";
export { IntervalChart, type IntervalRow } from "./interval-chart";
export { LineChart, type LineSeries } from "./line-chart";
export {
  type PublishedCellLike,
  PublishedValue,
  publishedText,
  rateText,
  SuppressionNote,
} from "./published-value";
