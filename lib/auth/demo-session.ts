/** The httpOnly cookie that holds a demo IdP session token (never an access token). */
export const DEMO_SESSION_COOKIE = "demo_session";
export const DEMO_SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
