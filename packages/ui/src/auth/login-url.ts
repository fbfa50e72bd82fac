/** Where the login starts: the server's OIDC flow, coming back to `returnTo` (this page by default). */
export function loginUrl(returnTo?: string): string {
  const here =
    returnTo ??
    (typeof window === "undefined" ? "/" : `${window.location.pathname}${window.location.search}`);
  return `/auth/login?returnTo=${encodeURIComponent(here)}`;
}
