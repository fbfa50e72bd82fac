export interface NearestMatch {
  /** [treated index, control index], in matching order. */
  pairs: [number, number][];
  unmatchedTreated: number[];
}

/**
 * Greedy 1:1 nearest-neighbour matching on a score, without replacement.
 *
 * Treated units are taken from the highest score down (equal scores in input
 * order). Each takes the available control with the smallest |score
 * difference|; on a tie in distance the control with the lower score wins
 * (so a treated unit never reaches up past an equally good match below it),
 * and among controls with identical scores the one later in the input. With a
 * caliper width, a treated unit whose nearest control is farther than the
 * width stays unmatched.
 *
 * Controls are sorted once, O(m log m). Taken controls are skipped with two
 * union-find "next available" structures (one looking left, one right) with
 * path halving, so each treated unit costs a binary search plus amortised
 * near-constant time: O((n + m) log m) overall instead of O(n·m).
 */
export function matchNearest(
  scores: Float64Array,
  treated: Uint8Array,
  caliperWidth: number | null = null,
): NearestMatch {
  const controls: number[] = [];
  const treatedUnits: number[] = [];
  for (let i = 0; i < scores.length; i++) (treated[i] ? treatedUnits : controls).push(i);
  controls.sort((a, b) => scores[a]! - scores[b]! || a - b);
  treatedUnits.sort((a, b) => scores[b]! - scores[a]! || a - b);

  const m = controls.length;
  const sorted = new Float64Array(m);
  for (let k = 0; k < m; k++) sorted[k] = scores[controls[k]!]!;
  // left[k + 1] leads to the largest available position ≤ k (slot 0 = none);
  // right[k] to the smallest available position ≥ k (slot m = none).
  const left = new Int32Array(m + 1);
  const right = new Int32Array(m + 1);
  for (let k = 0; k <= m; k++) {
    left[k] = k;
    right[k] = k;
  }
  const availableAtOrBelow = (k: number) => find(left, k + 1) - 1;
  const availableAtOrAbove = (k: number) => find(right, k);

  const pairs: [number, number][] = [];
  const unmatchedTreated: number[] = [];
  for (const t of treatedUnits) {
    const s = scores[t]!;
    const split = upperBound(sorted, s); // positions < split have score ≤ s
    const below = split > 0 ? availableAtOrBelow(split - 1) : -1;
    const above = availableAtOrAbove(split);
    const dBelow = below >= 0 ? s - sorted[below]! : Number.POSITIVE_INFINITY;
    const dAbove = above < m ? sorted[above]! - s : Number.POSITIVE_INFINITY;
    let chosen: number;
    if (dBelow <= dAbove) {
      // Also wins the tie: the lower score. It is already the last available
      // among equal scores, i.e. the latest in the input.
      chosen = below;
    } else {
      // The first available above has the lowest such score; among equal
      // scores take the last available one (latest in the input).
      chosen = availableAtOrBelow(upperBound(sorted, sorted[above]!) - 1);
    }
    const distance = Math.min(dBelow, dAbove);
    if (chosen < 0 || chosen >= m || (caliperWidth !== null && distance > caliperWidth)) {
      unmatchedTreated.push(t);
      continue;
    }
    pairs.push([t, controls[chosen]!]);
    left[chosen + 1] = chosen;
    right[chosen] = chosen + 1;
  }
  return { pairs, unmatchedTreated };
}

function find(parent: Int32Array, x: number): number {
  let v = x;
  while (parent[v] !== v) {
    const grand = parent[parent[v]!]!;
    parent[v] = grand;
    v = grand;
  }
  return v;
}

/** The number of entries ≤ value in an ascending array. */
function upperBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
