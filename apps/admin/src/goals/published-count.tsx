/** A count as the API publishes it: small counts are suppressed (and say why). */
export interface PublishedCount {
  value: number | null;
  suppressed: boolean;
  reason?: "primary" | "secondary" | null;
}
