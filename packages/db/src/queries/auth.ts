// Session, user and OIDC login-state queries (owned by the server/auth work).
export {};
