"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";

interface CachedToken {
  token: string;
  expiresAt: number;
}

/**
 * `useAuth` for ConvexProviderWithAuth in demo mode. The access token comes
 * from our own route, which exchanges the httpOnly session cookie at the demo
 * IdP; the token lives only in memory.
 */
export function useDemoAuth() {
  const [state, setState] = useState<{ isLoading: boolean; isAuthenticated: boolean }>({
    isLoading: true,
    isAuthenticated: false,
  });
  const cache = useRef<CachedToken | null>(null);

  const fetchToken = useCallback(async (): Promise<string | null> => {
    try {
      const res = await fetch("/api/demo-auth/token", { method: "POST", cache: "no-store" });
      if (!res.ok) return null;
      const data = (await res.json()) as { token: string; expiresIn: number };
      cache.current = { token: data.token, expiresAt: Date.now() + data.expiresIn * 1000 };
      return data.token;
    } catch {
      return null;
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    void fetchToken().then((token) => {
      if (!cancelled) setState({ isLoading: false, isAuthenticated: token !== null });
    });
    return () => {
      cancelled = true;
    };
  }, [fetchToken]);

  const fetchAccessToken = useCallback(
    async ({ forceRefreshToken }: { forceRefreshToken: boolean }) => {
      const cached = cache.current;
      if (!forceRefreshToken && cached !== null && cached.expiresAt - Date.now() > 30_000) return cached.token;
      const token = await fetchToken();
      if (token === null) setState({ isLoading: false, isAuthenticated: false });
      return token;
    },
    [fetchToken],
  );

  return useMemo(() => ({ ...state, fetchAccessToken }), [state, fetchAccessToken]);
}
