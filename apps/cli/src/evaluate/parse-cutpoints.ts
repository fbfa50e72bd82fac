/**
 * `a=0,10,20;b=1.5,3` → { a: [0, 10, 20], b: [1.5, 3] }. Throws with a message
 * meant for the user; the command turns it into a usage error.
 */
export function parseCutpoints(text: string): Record<string, number[]> {
  const result: Record<string, number[]> = {};
  for (const part of text
    .split(";")
    .map((p) => p.trim())
    .filter((p) => p !== "")) {
    const eq = part.indexOf("=");
    const name = part.slice(0, eq).trim();
    if (eq <= 0 || name === "")
      throw new Error(`--cutpoints: "${part}" should look like name=0,10,20`);
    const values = part
      .slice(eq + 1)
      .split(",")
      .map((v) => v.trim());
    const numbers = values.map(Number);
    if (values.some((v) => v === "") || numbers.some((n) => !Number.isFinite(n))) {
      throw new Error(`--cutpoints: "${name}" has a value that is not a number`);
    }
    if (numbers.some((n, k) => k > 0 && !(n > numbers[k - 1]!))) {
      throw new Error(`--cutpoints: "${name}" must be strictly increasing`);
    }
    if (name in result) throw new Error(`--cutpoints: "${name}" is given twice`);
    result[name] = numbers;
  }
  return result;
}
