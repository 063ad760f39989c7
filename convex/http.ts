import { httpRouter } from "convex/server";
import { httpAction } from "./functions";

const http = httpRouter();

/** Liveness probe; reveals nothing about the practice or its data. */
http.route({
  path: "/health",
  method: "GET",
  handler: httpAction(async () => new Response(JSON.stringify({ ok: true }), {
    status: 200,
    headers: { "content-type": "application/json" },
  })),
});

export default http;
