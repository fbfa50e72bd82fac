import type { DesignMatrix } from "./covariates";

export interface LogisticFit {
  ok: true;
  /** "(Intercept)" first, then the design's columns, on the original scale. */
  terms: string[];
  coefficients: number[];
  /** Linear predictor per unit. */
  linearPredictor: Float64Array;
  iterations: number;
  deviance: number;
}

export interface LogisticFailure {
  ok: false;
  code: "separation" | "singular" | "not-converged";
  message: string;
}

export interface LogisticFitOptions {
  tolerance?: number;
  maxIterations?: number;
}

/** |η| above this means a fitted probability within 1.4e-11 of 0 or 1: the MLE runs off to infinity. */
const SEPARATION_ETA = 25;
/**
 * Near a true MLE Newton steps shrink quadratically; under (quasi-)complete
 * separation the deviance flattens while the step along the diverging
 * direction stays near 1 (standardised scale). A deviance that has stopped
 * moving with steps still above this is separation, not convergence.
 */
const STALLED_STEP = 1e-2;
/** A Cholesky pivot below this share of its diagonal means a column is (nearly) a combination of others. */
const SINGULAR_PIVOT = 1e-10;

/**
 * Logistic regression with an intercept by Newton–Raphson (= IRLS for the
 * canonical link): β ← β + (XᵀWX)⁻¹ Xᵀ(y − μ), W = diag(μ(1 − μ)), from β = 0,
 * halving the step while the deviance rises. Converged when
 * |D − D_prev| / (|D| + 0.1) < tolerance, as R's glm.
 *
 * Columns are centred and scaled internally (ages and incomes side by side
 * would otherwise make XᵀWX badly conditioned); coefficients are returned on
 * the original scale. Data problems are returned, not thrown: a constant or
 * collinear column is "singular", fitted probabilities of 0 or 1 are
 * "separation" (complete or quasi-complete), and running out of iterations
 * otherwise is "not-converged". Converged means the relative deviance change
 * is below the tolerance and the last Newton step is small (see STALLED_STEP).
 */
export function fitLogisticRegression(
  design: DesignMatrix,
  y: Uint8Array,
  options: LogisticFitOptions = {},
): LogisticFit | LogisticFailure {
  const tolerance = options.tolerance ?? 1e-8;
  const maxIterations = options.maxIterations ?? 25;
  const n = y.length;
  const p = design.columns.length + 1;
  const terms = ["(Intercept)", ...design.names];

  // Standardised columns; column 0 is the intercept.
  const means = new Float64Array(p);
  const scales = new Float64Array(p).fill(1);
  const z: Float64Array[] = [new Float64Array(n).fill(1)];
  for (let j = 1; j < p; j++) {
    const x = design.columns[j - 1]!;
    let mean = 0;
    for (let i = 0; i < n; i++) mean += x[i]!;
    mean /= n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (x[i]! - mean) ** 2;
    const sd = Math.sqrt(ss / n);
    if (!(sd > 0)) {
      return {
        ok: false,
        code: "singular",
        message: `"${terms[j]}" is constant, so its effect cannot be estimated`,
      };
    }
    means[j] = mean;
    scales[j] = sd;
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = (x[i]! - mean) / sd;
    z.push(col);
  }

  let beta = new Float64Array(p);
  const eta = new Float64Array(n);
  const predict = (b: Float64Array) => {
    eta.fill(b[0]!);
    for (let j = 1; j < p; j++) {
      const col = z[j]!;
      const bj = b[j]!;
      for (let i = 0; i < n; i++) eta[i]! += bj * col[i]!;
    }
    return deviance(eta, y);
  };
  let dev = predict(beta);
  let iterations = 0;
  let converged = false;
  let devianceStalled = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    const { hessian, gradient } = scoreAndInformation(z, eta, y);
    const factor = cholesky(hessian, p);
    if (typeof factor === "number") {
      return {
        ok: false,
        code: "singular",
        message: `"${terms[factor]}" is (nearly) a linear combination of the other covariates`,
      };
    }
    const step = solveCholesky(factor, gradient, p);
    let scale = 1;
    let next = beta;
    let nextDev = Number.POSITIVE_INFINITY;
    for (let halvings = 0; halvings < 30; halvings++) {
      next = beta.map((b, j) => b + scale * step[j]!);
      nextDev = predict(next);
      if (Number.isFinite(nextDev) && nextDev <= dev * (1 + 1e-12) + 1e-12) break;
      scale /= 2;
    }
    let largestStep = 0;
    for (let j = 0; j < p; j++) largestStep = Math.max(largestStep, Math.abs(scale * step[j]!));
    devianceStalled = Math.abs(nextDev - dev) / (Math.abs(nextDev) + 0.1) < tolerance;
    converged = devianceStalled && largestStep < STALLED_STEP;
    beta = next;
    dev = nextDev;
  }

  let extreme = 0;
  for (let i = 0; i < n; i++) if (Math.abs(eta[i]!) > SEPARATION_ETA) extreme++;
  if (extreme > 0 || (!converged && devianceStalled)) {
    return {
      ok: false,
      code: "separation",
      message: `the covariates (nearly) separate treated from controls (${extreme} fitted probabilities of 0 or 1; coefficients run off to infinity), so there is no overlap to match on`,
    };
  }
  if (!converged) {
    return {
      ok: false,
      code: "not-converged",
      message: `no convergence in ${maxIterations} iterations`,
    };
  }

  const coefficients = new Array<number>(p).fill(0);
  let intercept = beta[0]!;
  for (let j = 1; j < p; j++) {
    coefficients[j] = beta[j]! / scales[j]!;
    intercept -= (beta[j]! * means[j]!) / scales[j]!;
  }
  coefficients[0] = intercept;
  return { ok: true, terms, coefficients, linearPredictor: eta, iterations, deviance: dev };
}

/** Probability from the linear predictor, computed so that neither tail overflows. */
export function logistic(eta: number): number {
  if (eta >= 0) return 1 / (1 + Math.exp(-eta));
  const e = Math.exp(eta);
  return e / (1 + e);
}

function deviance(eta: Float64Array, y: Uint8Array): number {
  // −2 log L with log(1 + e^η) evaluated stably.
  let sum = 0;
  for (let i = 0; i < eta.length; i++) {
    const e = eta[i]!;
    const softplus = e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e));
    sum += softplus - y[i]! * e;
  }
  return 2 * sum;
}

function scoreAndInformation(z: Float64Array[], eta: Float64Array, y: Uint8Array) {
  const p = z.length;
  const n = eta.length;
  const hessian = new Float64Array(p * p);
  const gradient = new Float64Array(p);
  const row = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    const mu = logistic(eta[i]!);
    const w = mu * (1 - mu);
    const r = y[i]! - mu;
    for (let j = 0; j < p; j++) row[j] = z[j]![i]!;
    for (let j = 0; j < p; j++) {
      const wj = w * row[j]!;
      gradient[j]! += r * row[j]!;
      for (let k = 0; k <= j; k++) hessian[j * p + k]! += wj * row[k]!;
    }
  }
  for (let j = 0; j < p; j++) for (let k = 0; k < j; k++) hessian[k * p + j] = hessian[j * p + k]!;
  return { hessian, gradient };
}

/** Lower-triangular L with LLᵀ = A, or the index of the column whose pivot vanished. */
function cholesky(a: Float64Array, p: number): Float64Array | number {
  const l = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    let d = a[j * p + j]!;
    for (let k = 0; k < j; k++) d -= l[j * p + k]! ** 2;
    if (!(d > SINGULAR_PIVOT * a[j * p + j]!) || !(d > 0)) return j;
    const ljj = Math.sqrt(d);
    l[j * p + j] = ljj;
    for (let i = j + 1; i < p; i++) {
      let s = a[i * p + j]!;
      for (let k = 0; k < j; k++) s -= l[i * p + k]! * l[j * p + k]!;
      l[i * p + j] = s / ljj;
    }
  }
  return l;
}

function solveCholesky(l: Float64Array, b: Float64Array, p: number): Float64Array {
  const x = new Float64Array(b);
  for (let i = 0; i < p; i++) {
    for (let k = 0; k < i; k++) x[i]! -= l[i * p + k]! * x[k]!;
    x[i]! /= l[i * p + i]!;
  }
  for (let i = p - 1; i >= 0; i--) {
    for (let k = i + 1; k < p; k++) x[i]! -= l[k * p + i]! * x[k]!;
    x[i]! /= l[i * p + i]!;
  }
  return x;
}
