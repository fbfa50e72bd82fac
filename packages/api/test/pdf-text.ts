import { inflateSync } from "node:zlib";

/**
 * The text of a PDF pdfkit wrote: every stream inflated (pdfkit compresses them with
 * FlateDecode), then the hex-encoded strings it shows (`<48656a> Tj`, kerned `[<4b> 20 <696d>] TJ`)
 * and any literal ones.
 * Good enough to check what a file says, not a PDF parser.
 */
export function pdfText(data: Buffer): string {
  const raw = data.toString("latin1");
  const texts: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content = m[1]!;
    try {
      content = inflateSync(Buffer.from(content, "latin1")).toString("latin1");
    } catch {
      // Not compressed.
    }
    // One shown string (`[<4b> 20 <696d>] TJ`): its pieces are split only for kerning.
    for (const shown of content.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]+)>\s*Tj/g)) {
      const pieces = shown[1]
        ? [...shown[1].matchAll(/<([0-9a-fA-F]+)>/g)].map((h) => h[1]!)
        : [shown[2]!];
      texts.push(pieces.map((hex) => Buffer.from(hex, "hex").toString("latin1")).join(""));
    }
    for (const t of content.matchAll(/\(((?:\\.|[^)])*)\)\s*Tj/g)) texts.push(t[1]!);
  }
  return texts.join(" ");
}
