/** One record of a table file: its line (row) number, counted from 1 at the header, and its cells. */
export interface TableRow {
  row: number;
  cells: string[];
}

/**
 * Reads CSV as it streams in, one record at a time: semicolons (what Swedish
 * Excel writes) or commas, chosen from the header line; a UTF-8 BOM is skipped;
 * quoted cells may hold the separator, quotes ("") and line breaks. Only the
 * record being read is held in memory.
 */
export async function* readCsvRows(
  chunks: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<TableRow> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  let separator: string | null = null;
  let cells: string[] = [];
  let cell = "";
  let inQuotes = false;
  let quoteSeen = false; // a quote inside quotes: either "" or the closing quote
  let row = 1;
  let startRow = 1;
  let pending = ""; // text of the first line until the separator is known
  let anyInRecord = false;

  function* consume(text: string): Generator<TableRow> {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (inQuotes) {
        if (quoteSeen) {
          quoteSeen = false;
          if (ch === '"') {
            cell += '"';
            continue;
          }
          inQuotes = false;
          // fall through: the character after a closing quote
        } else if (ch === '"') {
          quoteSeen = true;
          continue;
        } else {
          if (ch === "\n") row++;
          cell += ch;
          continue;
        }
      }
      if (ch === '"' && cell === "") {
        inQuotes = true;
        anyInRecord = true;
      } else if (ch === separator) {
        cells.push(cell);
        cell = "";
        anyInRecord = true;
      } else if (ch === "\n") {
        const record = endRecord();
        row++;
        if (record) yield record;
      } else if (ch === "\r") {
        // CRLF: the \n ends the record.
      } else {
        cell += ch;
        anyInRecord = true;
      }
    }
  }

  function endRecord(): TableRow | null {
    cells.push(cell);
    const record = anyInRecord ? { row: startRow, cells } : null;
    cells = [];
    cell = "";
    anyInRecord = false;
    startRow = row + 1;
    return record;
  }

  for await (const chunk of chunks) {
    let text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (separator === null) {
      pending += text;
      const newline = pending.indexOf("\n");
      if (newline < 0) continue;
      const header = pending.slice(0, newline);
      separator = header.includes(";") || !header.includes(",") ? ";" : ",";
      text = pending.replace(/^\uFEFF/, "");
      pending = "";
    }
    yield* consume(text);
  }
  if (separator === null) {
    separator = pending.includes(";") || !pending.includes(",") ? ";" : ",";
    yield* consume(pending.replace(/^\uFEFF/, ""));
  }
  const tail = decoder.decode();
  if (tail) yield* consume(tail);
  if (inQuotes && quoteSeen) inQuotes = false;
  if (anyInRecord || cell !== "") {
    const record = endRecord();
    if (record) yield record;
  }
}
