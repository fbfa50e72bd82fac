import type { DesignMatrix } from "./covariates";

export interface LogisticFit {
  ok: true;
  /** "(Intercept)" first, then the design's columns, on the original scale. */
  terms: string[];
  coefficients: number[];
  /** Linear predictor per unit. */
  linearPredictor: Float64Array;
  /** Fitted probability per unit, `logistic(linearPredictor)` as R's binomial()$linkinv. */
  fitted: Float64Array;
  iterations: number;
  deviance: number;
  /** Fitted probabilities within 10 × machine epsilon of 0 or 1, where R's glm warns. */
  fittedAtZeroOrOne: number;
}

export interface LogisticFailure {
  ok: false;
  code: "singular" | "not-converged";
  message: string;
}

export interface LogisticFitOptions {
  tolerance?: number;
  maxIterations?: number;
}

/** A Cholesky pivot below this share of its diagonal means a column is (nearly) a combination of others. */
const SINGULAR_PIVOT = 1e-10;
/** R's logit link: |η| beyond this is clamped (THRESH and MTHRESH in R's family.c). */
const ETA_CLAMP = 30;
/** R's glm.fit warns when a fitted probability is within this of 0 or 1. */
const NUMERICALLY_ZERO = 10 * Number.EPSILON;

/**
 * Logistic regression with an intercept, by the iteration R's `glm.fit` uses
 * for `binomial()`: start from μ = (y + ½)/2, then iteratively reweighted
 * least squares, z = η + (y − μ)/μ′(η), w = μ′(η)²/(μ(1 − μ)),
 * β = (XᵀWX)⁻¹XᵀWz, with R's clamps on the link (η beyond ±30) and no step
 * halving (the clamped μ keeps the deviance finite). Converged when
 * |D − D_prev| / (|D| + 0.1) < tolerance (1e-8), within maxIterations (25).
 *
 * As glm, fitted probabilities of 0 or 1 (complete or quasi-complete
 * separation, or a far tail such as heavy-tailed earnings) do not stop the
 * fit: they are counted in `fittedAtZeroOrOne` for a warning. What is
 * refused: a constant or collinear column ("singular", where R would drop
 * the column and report an NA coefficient) and no convergence.
 *
 * Columns are centred and scaled internally (ages and incomes side by side
 * would otherwise make XᵀWX badly conditioned); IRLS is affine-equivariant,
 * so the iterates are the same as on the original scale, and coefficients
 * are returned on it.
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

  // glm's binomial initialize: mustart = (y + 0.5) / 2, eta = logit(mustart).
  const eta = new Float64Array(n);
  for (let i = 0; i < n; i++) eta[i] = Math.log((y[i]! + 0.5) / (1.5 - y[i]!));
  let beta: Float64Array = new Float64Array(p);
  let devOld = deviance(eta, y);
  let dev = devOld;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    const { information, right } = weightedNormalEquations(z, eta, y);
    const factor = cholesky(information, p);
    if (typeof factor === "number") {
      return {
        ok: false,
        code: "singular",
        message: `"${terms[factor]}" is (nearly) a linear combination of the other covariates`,
      };
    }
    beta = solveCholesky(factor, right, p);
    eta.fill(beta[0]!);
    for (let j = 1; j < p; j++) {
      const col = z[j]!;
      const bj = beta[j]!;
      for (let i = 0; i < n; i++) eta[i]! += bj * col[i]!;
    }
    dev = deviance(eta, y);
    converged = Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < tolerance;
    devOld = dev;
  }
  if (!converged) {
    return {
      ok: false,
      code: "not-converged",
      message: `no convergence in ${maxIterations} iterations`,
    };
  }

  const fitted = eta.map(logistic);
  let fittedAtZeroOrOne = 0;
  for (const mu of fitted)
    if (mu > 1 - NUMERICALLY_ZERO || mu < NUMERICALLY_ZERO) fittedAtZeroOrOne++;
  const coefficients = new Array<number>(p).fill(0);
  let intercept = beta[0]!;
  for (let j = 1; j < p; j++) {
    coefficients[j] = beta[j]! / scales[j]!;
    intercept -= (beta[j]! * means[j]!) / scales[j]!;
  }
  coefficients[0] = intercept;
  return {
    ok: true,
    terms,
    coefficients,
    linearPredictor: eta,
    fitted,
    iterations,
    deviance: dev,
    fittedAtZeroOrOne,
  };
}

/**
 * The probability from the linear predictor exactly as R's
 * `binomial()$linkinv` (C_logit_linkinv) computes it: e^η / (1 + e^η), with
 * e^η replaced by machine epsilon below η = −30 and by its inverse above 30.
 * So fitted probabilities never reach 0 or 1, and all units beyond ±30 share
 * one score, as in MatchIt.
 */
export function logistic(eta: number): number {
  const e =
    eta < -ETA_CLAMP ? Number.EPSILON : eta > ETA_CLAMP ? 1 / Number.EPSILON : Math.exp(eta);
  return e / (1 + e);
}

/** dμ/dη as R's C_logit_mu_eta: machine epsilon beyond ±30. */
function logisticDerivative(eta: number): number {
  if (eta > ETA_CLAMP || eta < -ETA_CLAMP) return Number.EPSILON;
  const opexp = 1 + Math.exp(eta);
  return Math.exp(eta) / (opexp * opexp);
}

/** Binomial deviance, Σ −2 log μ (y = 1) or −2 log(1 − μ) (y = 0), with R's clamped μ. */
function deviance(eta: Float64Array, y: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < eta.length; i++) {
    const mu = logistic(eta[i]!);
    sum += y[i] ? -Math.log(mu) : -Math.log(1 - mu);
  }
  return 2 * sum;
}

/** XᵀWX and XᵀWz of one IRLS step, W and z as in glm.fit. */
function weightedNormalEquations(z: Float64Array[], eta: Float64Array, y: Uint8Array) {
  const p = z.length;
  const n = eta.length;
  const information = new Float64Array(p * p);
  const right = new Float64Array(p);
  const row = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    const e = eta[i]!;
    const mu = logistic(e);
    const derivative = logisticDerivative(e);
    const w = (derivative * derivative) / (mu * (1 - mu));
    const working = e + (y[i]! - mu) / derivative;
    for (let j = 0; j < p; j++) row[j] = z[j]![i]!;
    for (let j = 0; j < p; j++) {
      const wj = w * row[j]!;
      right[j]! += wj * working;
      for (let k = 0; k <= j; k++) information[j * p + k]! += wj * row[k]!;
    }
  }
  for (let j = 0; j < p; j++)
    for (let k = 0; k < j; k++) information[k * p + j] = information[j * p + k]!;
  return { information, right };
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
