import { inflateSync } from "node:zlib";

/**
 * The text of a PDF pdfkit wrote (the same reading as packages/api/test/pdf-text.ts): every
 * stream inflated, then the hex strings it shows, a kerned `[<4b> 20 <696d>] TJ` read whole.
 */
export function pdfText(data: Buffer): string {
  const raw = data.toString("latin1");
  const texts: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content = m[1] ?? "";
    try {
      content = inflateSync(Buffer.from(content, "latin1")).toString("latin1");
    } catch {
      // Not compressed.
    }
    for (const shown of content.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]+)>\s*Tj/g)) {
      const pieces = shown[1]
        ? [...shown[1].matchAll(/<([0-9a-fA-F]+)>/g)].map((h) => h[1] ?? "")
        : [shown[2] ?? ""];
      texts.push(pieces.map((hex) => Buffer.from(hex, "hex").toString("latin1")).join(""));
    }
  }
  return texts.join(" ");
}
