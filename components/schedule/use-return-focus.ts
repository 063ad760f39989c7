"use client";

import { useCallback, useLayoutEffect, useRef } from "react";

/**
 * Where focus goes when a dialog without a Radix trigger closes. Radix
 * returns focus to its trigger, and these dialogs open from code (a calendar
 * block, a drop, a nested step), so without this focus would fall to the page.
 * Remembers what had focus when `open` became true; on close, focuses
 * `preferred()` if it is on the page, else that element, else `fallback()`.
 */
export function useReturnFocus(
  open: boolean,
  preferred?: () => HTMLElement | null | undefined,
  fallback?: () => HTMLElement | null | undefined,
): (event: Event) => void {
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    // Layout effects run before the dialog moves focus inside itself.
    if (open && document.activeElement instanceof HTMLElement && document.activeElement !== document.body) opener.current = document.activeElement;
  }, [open]);
  return useCallback(
    (event: Event) => {
      for (const el of [preferred?.(), opener.current, fallback?.()]) {
        if (el instanceof HTMLElement && el.isConnected) {
          event.preventDefault();
          el.focus();
          return;
        }
      }
    },
    [preferred, fallback],
  );
}
