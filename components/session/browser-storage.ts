/**
 * Everything this origin keeps in the browser, wiped when a session ends
 * (sign-out, idle logoff, a session that expired). The app itself writes
 * only unsaved note text (sessionStorage) and the shared idle clock
 * (localStorage, a timestamp); wiping the whole origin also removes whatever
 * a library or a future feature might have left there.
 */
export async function clearBrowserStorage(): Promise<void> {
  if (typeof window === "undefined") return;
  for (const store of [() => window.sessionStorage, () => window.localStorage]) {
    try {
      store().clear();
    } catch {
      // Storage disabled: nothing was kept there either.
    }
  }
  const idb = window.indexedDB as (IDBFactory & { databases?: () => Promise<IDBDatabaseInfo[]> }) | undefined;
  if (idb?.databases !== undefined) {
    try {
      const dbs = await idb.databases();
      await Promise.all(
        dbs.map(
          (db) =>
            new Promise<void>((resolve) => {
              if (db.name === undefined) return resolve();
              const req = idb.deleteDatabase(db.name);
              req.onsuccess = req.onerror = req.onblocked = () => resolve();
            }),
        ),
      );
    } catch {
      // Not available in this browser or context.
    }
  }
  if ("caches" in window) {
    try {
      const names = await window.caches.keys();
      await Promise.all(names.map((n) => window.caches.delete(n)));
    } catch {
      // Cache Storage needs a secure context; without one there is nothing in it.
    }
  }
}
