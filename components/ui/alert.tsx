import { forwardRef, type ReactNode } from "react";

type Tone = "error" | "success" | "info" | "warning";

const TONES: Record<Tone, { box: string; icon: string }> = {
  error: { box: "border-red-200 bg-red-50 text-red-900", icon: "text-red-600" },
  success: { box: "border-brand-200 bg-brand-50 text-brand-900", icon: "text-brand-600" },
  info: { box: "border-slate-200 bg-white text-slate-700", icon: "text-slate-500" },
  warning: { box: "border-amber-200 bg-amber-50 text-amber-950", icon: "text-amber-600" },
};

function Icon({ tone }: { tone: Tone }) {
  const common = { "aria-hidden": true, viewBox: "0 0 20 20", fill: "currentColor", className: `mt-0.5 h-5 w-5 shrink-0 ${TONES[tone].icon}` } as const;
  switch (tone) {
    case "success":
      return (
        <svg {...common}>
          <path fillRule="evenodd" d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.857-9.809a.75.75 0 0 0-1.214-.882l-3.483 4.79-1.88-1.88a.75.75 0 1 0-1.06 1.061l2.5 2.5a.75.75 0 0 0 1.137-.089l4-5.5Z" clipRule="evenodd" />
        </svg>
      );
    case "error":
    case "warning":
      return (
        <svg {...common}>
          <path fillRule="evenodd" d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z" clipRule="evenodd" />
        </svg>
      );
    case "info":
      return (
        <svg {...common}>
          <path fillRule="evenodd" d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-7-4a1 1 0 1 1-2 0 1 1 0 0 1 2 0ZM9 9a.75.75 0 0 0 0 1.5h.253a.25.25 0 0 1 .244.304l-.459 2.066A1.75 1.75 0 0 0 10.747 15H11a.75.75 0 0 0 0-1.5h-.253a.25.25 0 0 1-.244-.304l.459-2.066A1.75 1.75 0 0 0 9.253 9H9Z" clipRule="evenodd" />
        </svg>
      );
  }
}

interface CalloutProps {
  tone: Tone;
  title?: string;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
}

/** A boxed message with an icon. Not a live region by itself: see Alert and StatusMessage. */
export const Callout = forwardRef<HTMLDivElement, CalloutProps & { role?: "alert" | "status"; tabIndex?: number }>(
  function Callout({ tone, title, children, action, className = "", ...rest }, ref) {
    return (
      <div ref={ref} className={`flex items-start gap-3 rounded-lg border px-4 py-3 text-sm ${TONES[tone].box} ${className}`} {...rest}>
        <Icon tone={tone} />
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          {title !== undefined ? <p className="font-semibold">{title}</p> : null}
          {children !== undefined ? <div className="leading-relaxed">{children}</div> : null}
        </div>
        {action}
      </div>
    );
  },
);

/** An error or warning a person should notice now (`role="alert"`). Focusable so focus can be moved to it. */
export const Alert = forwardRef<HTMLDivElement, Omit<CalloutProps, "tone"> & { tone?: "error" | "warning" }>(function Alert(
  { tone = "error", ...props },
  ref,
) {
  return <Callout ref={ref} role="alert" tabIndex={-1} tone={tone} {...props} className={`outline-none ${props.className ?? ""}`} />;
});

/**
 * A polite live region that is always in the page, so screen readers announce
 * the message when it appears. Renders nothing visible while `message` is null.
 */
export function StatusMessage({
  message,
  tone = "success",
  onDismiss,
  className = "",
  testId,
}: {
  message: ReactNode | null;
  tone?: "success" | "info";
  onDismiss?: () => void;
  className?: string;
  testId?: string;
}) {
  return (
    <div role="status" data-testid={testId} className={message === null ? "sr-only" : className}>
      {message !== null ? (
        <Callout
          tone={tone}
          action={
            onDismiss !== undefined ? (
              <button
                type="button"
                onClick={onDismiss}
                className="-m-1 rounded p-1 text-current/70 hover:bg-black/5 hover:text-current"
                aria-label="Dismiss message"
              >
                <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4">
                  <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
                </svg>
              </button>
            ) : undefined
          }
        >
          {message}
        </Callout>
      ) : null}
    </div>
  );
}
