/** A parsed CSV record with the line in the file where it starts (1-based). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvParse =
  | { ok: true; records: CsvRecord[] }
  | { ok: false; line: number; message: string };

/**
 * RFC 4180: fields separated by commas, records by CRLF or LF; a field in
 * double quotes may hold commas, line breaks and "" for a quote. A leading
 * byte-order mark is dropped and a blank last line ignored. Lenient about a
 * quote inside an unquoted field (kept as text), strict about an unclosed quote.
 */
export function parseCsv(text: string, delimiter = ","): CsvParse {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let field = "";
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRecord = () => {
    fields.push(field);
    // A blank line (one empty field) is not a record.
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (ch === "\n") line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      quoteLine = line;
      i++;
    } else if (ch === delimiter) {
      fields.push(field);
      field = "";
      i++;
    } else if (ch === "\r" && text[i + 1] === "\n") {
      i++;
    } else if (ch === "\n") {
      endRecord();
      line++;
      recordLine = line;
      i++;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) return { ok: false, line: quoteLine, message: "a quoted field is never closed" };
  if (field !== "" || fields.length > 0) endRecord();
  return { ok: true, records };
}

/** Comma, unless the header line has more semicolons (Swedish spreadsheet exports use ";"). */
export function detectCsvDelimiter(text: string): "," | ";" {
  const end = text.indexOf("\n");
  const header = end === -1 ? text : text.slice(0, end);
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}
