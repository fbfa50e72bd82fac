const ALLOWED_PREFIXES = ["/staff/", "/kommun/", "/admin/"] as const;

/**
 * Accepts only local paths into one of the apps, or "/" itself; anything
 * else (other origins, "//host", backslashes, control characters) becomes "/".
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || value.length > 2048) return "/";
  if (value === "/") return "/";
  if (!value.startsWith("/") || value.startsWith("//")) return "/";
  // Browsers treat "\" like "/" and drop tabs/newlines: refuse them outright.
  if (value.includes("\\") || hasControlCharacter(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, "http://opis.invalid");
  } catch {
    return "/";
  }
  if (url.origin !== "http://opis.invalid") return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return ALLOWED_PREFIXES.some((prefix) => url.pathname.startsWith(prefix)) ? path : "/";
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
