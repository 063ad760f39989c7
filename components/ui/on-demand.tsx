"use client";

import { useState, type ComponentType, type ReactNode } from "react";

/** What a stand-in for the real control receives, besides the real control's own props. */
export interface StandInProps {
  /** Load the real control and show it, opened. */
  onActivate: () => void;
  /** Start loading early (pointer over or focus on the stand-in), so opening feels instant. */
  onWarm: () => void;
  busy: boolean;
}

/**
 * A dialog whose code is heavy (its form, the shared zod schema, react-hook-form,
 * Radix) but which most visits never open: the page ships a light stand-in for
 * its trigger that looks the same, and the dialog's module is fetched when
 * someone is about to use it. Once loaded, the real component replaces the
 * stand-in and mounts already open (`defaultOpen`), so Radix owns focus and
 * hands it back to the real trigger on close, exactly as before.
 *
 * The stand-in gets the same props and should render the very trigger the real
 * dialog uses (one shared forwardRef button), so nothing moves on the page.
 *
 * @example
 *   export const AddMemberDialog = onDemand(
 *     () => import("./add-member-dialog").then((m) => m.AddMemberDialog),
 *     ({ onActivate, onWarm, busy }) => <AddMemberButton onClick={onActivate} onPointerEnter={onWarm} onFocus={onWarm} busy={busy} />,
 *   );
 */
export function onDemand<P extends object>(
  load: () => Promise<ComponentType<P & { defaultOpen?: boolean }>>,
  StandIn: ComponentType<P & StandInProps>,
): ComponentType<P> {
  let loading: Promise<ComponentType<P & { defaultOpen?: boolean }>> | null = null;
  let loaded: ComponentType<P & { defaultOpen?: boolean }> | null = null;
  const fetchOnce = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (err: unknown) => {
        // Let a later attempt try again (the connection may come back).
        loading = null;
        throw err;
      },
    );
    return loading;
  };

  function OnDemand(props: P) {
    // `defaultOpen` is read only when the real component mounts: open when someone asked for it,
    // closed when the module was already loaded for another instance (a roster's other rows).
    const [mode, setMode] = useState<"stand-in" | "loading" | "failed" | "opened" | "ready">(loaded !== null ? "ready" : "stand-in");
    const Real = loaded;
    if (Real !== null && (mode === "opened" || mode === "ready")) return <Real {...props} defaultOpen={mode === "opened"} />;
    const activate = () => {
      setMode("loading");
      fetchOnce().then(
        () => setMode("opened"),
        () => setMode("failed"),
      );
    };
    return (
      <>
        <StandIn {...props} onActivate={activate} onWarm={() => void fetchOnce().catch(() => undefined)} busy={mode === "loading"} />
        {mode === "failed" ? <OnDemandError /> : null}
      </>
    );
  }
  OnDemand.displayName = `OnDemand(${StandIn.displayName ?? StandIn.name})`;
  return OnDemand;
}

function OnDemandError(): ReactNode {
  return (
    <span role="alert" className="text-xs text-red-700">
      This could not be loaded. Check your connection and try again.
    </span>
  );
}

/** Props that make a trigger button a stand-in: click opens, pointer or focus warms the module. */
export function standInButtonProps({ onActivate, onWarm, busy }: StandInProps) {
  return { onClick: onActivate, onPointerEnter: onWarm, onFocus: onWarm, busy };
}
