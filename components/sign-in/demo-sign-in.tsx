import { loadConfig } from "@/lib/env";
import { demoAccountSubtitle, demoSignInLabel } from "@/lib/demo-accounts";
import { ROLES, type Role } from "@/lib/roles";
import { RoleBadge } from "@/components/ui/role-badge";

interface DemoUser {
  subject: string;
  email: string;
  name: string;
  practices: { slug: string; practiceName: string; role: Role; title?: string }[];
}

const ERRORS: Record<string, string> = {
  missing: "Choose a person to sign in as.",
  unknown: "That demo account does not exist. Pick one from the list.",
  unreachable: "The demo identity provider is not reachable. Start the app with `npm run dev` and try again.",
};

async function loadDirectory(): Promise<DemoUser[] | null> {
  const config = loadConfig();
  if (config.NEXT_PUBLIC_AUTH_PROVIDER !== "demo") return null;
  try {
    const res = await fetch(`${config.DEMO_IDP_URL}/users`, { cache: "no-store" });
    if (!res.ok) return null;
    return ((await res.json()) as { users: DemoUser[] }).users;
  } catch {
    return null;
  }
}

/** Lists the synthetic staff of every seeded practice; one click signs in. */
export async function DemoSignIn({ error }: { error?: string }) {
  const users = await loadDirectory();
  const practices = new Map<string, { name: string; people: { user: DemoUser; role: Role; title?: string }[] }>();
  for (const user of users ?? []) {
    for (const p of user.practices) {
      const entry = practices.get(p.slug) ?? { name: p.practiceName, people: [] };
      entry.people.push({ user, role: p.role, title: p.title });
      practices.set(p.slug, entry);
    }
  }
  for (const p of practices.values()) {
    p.people.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.user.name.localeCompare(b.user.name));
  }
  const message = error !== undefined ? (ERRORS[error] ?? ERRORS.unknown) : users === null ? ERRORS.unreachable : null;

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="demo-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
        <h2 id="demo-heading" className="font-semibold">This is a demo with synthetic data</h2>
        <p className="mt-1 text-sm">
          No passwords and no real people: choose any staff member below to see the app as their role. Everything runs on
          this machine.
        </p>
      </section>
      {message !== null ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
          {message}
        </p>
      ) : null}
      <div className="grid gap-6 md:grid-cols-2">
        {[...practices.entries()].map(([slug, practice]) => (
          <section key={slug} aria-labelledby={`practice-${slug}`} className="rounded-lg border border-slate-200 bg-white shadow-sm">
            <h2 id={`practice-${slug}`} className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">
              {practice.name}
            </h2>
            <ul className="divide-y divide-slate-100">
              {practice.people.map(({ user, role, title }) => {
                const account = { name: user.name, email: user.email, title, role, practiceName: practice.name };
                const subtitle = demoAccountSubtitle(account);
                return (
                  <li key={user.subject}>
                    <form action="/api/demo-auth/sign-in" method="post">
                      <input type="hidden" name="subject" value={user.subject} />
                      <button
                        type="submit"
                        aria-label={demoSignInLabel(account)}
                        className="flex w-full items-center justify-between gap-3 px-4 py-3 text-left hover:bg-slate-50 focus-visible:bg-slate-50"
                      >
                        {/* Spaces between the parts keep the words apart for tools that read the text as shown. */}
                        <span className="flex flex-col">
                          <span className="font-medium text-slate-900">{user.name}</span>{" "}
                          {subtitle !== null ? <span className="text-sm text-slate-600">{subtitle}</span> : null}
                        </span>{" "}
                        <RoleBadge role={role} />
                      </button>
                    </form>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
