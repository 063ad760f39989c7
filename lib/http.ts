/**
 * A redirect with a relative Location. Next.js may rebuild `request.url` with a
 * different host name (localhost vs 127.0.0.1) than the browser used, and
 * cookies are per host, so absolute redirects could drop the session.
 */
export function redirectTo(pathAndQuery: string, status: 303 | 307 = 303): Response {
  if (!pathAndQuery.startsWith("/") || pathAndQuery.startsWith("//")) throw new Error("redirectTo takes a same-origin path");
  return new Response(null, { status, headers: { Location: pathAndQuery } });
}
