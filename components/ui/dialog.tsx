"use client";

import * as RadixDialog from "@radix-ui/react-dialog";
import type { ComponentProps, ReactNode } from "react";
import { Button, type ButtonVariant } from "./button";

export const Dialog = RadixDialog.Root;
export const DialogTrigger = RadixDialog.Trigger;
export const DialogClose = RadixDialog.Close;

type ContentProps = Pick<
  ComponentProps<typeof RadixDialog.Content>,
  "onOpenAutoFocus" | "onCloseAutoFocus" | "onEscapeKeyDown" | "onPointerDownOutside" | "onInteractOutside"
>;

/**
 * A modal dialog: overlay, focus trapped inside, Escape closes, focus returns
 * to the trigger (or wherever `onCloseAutoFocus` puts it). Every dialog has a
 * title and a description, which screen readers announce on open.
 */
export function DialogContent({
  title,
  description,
  children,
  size = "md",
  testId,
  ...rest
}: ContentProps & {
  title: ReactNode;
  description: ReactNode;
  children?: ReactNode;
  size?: "md" | "lg" | "xl";
  testId?: string;
}) {
  return (
    <RadixDialog.Portal>
      <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40 transition-opacity duration-150 starting:opacity-0 motion-reduce:transition-none" />
      <RadixDialog.Content
        data-testid={testId}
        className={`fixed top-1/2 left-1/2 z-50 flex max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 flex-col overflow-y-auto rounded-xl bg-white shadow-2xl ring-1 ring-slate-900/10 transition duration-150 outline-none starting:scale-95 starting:opacity-0 motion-reduce:transition-none ${size === "xl" ? "max-w-2xl" : size === "lg" ? "max-w-lg" : "max-w-md"}`}
        {...rest}
      >
        <RadixDialog.Title className="px-5 pt-5 pr-12 text-lg font-semibold text-slate-900 sm:px-6 sm:pr-12">{title}</RadixDialog.Title>
        <RadixDialog.Description asChild>
          <div className="mt-1.5 px-5 text-sm leading-relaxed text-slate-600 sm:px-6">{description}</div>
        </RadixDialog.Description>
        <div className="flex flex-col gap-4 px-5 pt-4 pb-5 sm:px-6">{children}</div>
        {/* Last in the DOM so that opening focuses the content, not the close button. */}
        <RadixDialog.Close
          aria-label="Close"
          className="absolute top-4 right-4 rounded-md p-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-600"
        >
          <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5">
            <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
          </svg>
        </RadixDialog.Close>
      </RadixDialog.Content>
    </RadixDialog.Portal>
  );
}

/** The row of buttons at the bottom of a dialog: primary action last (rightmost), stacked on phones. */
export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className="mt-2 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">{children}</div>;
}

/**
 * A dialog's closing row: Cancel (closes the dialog, or calls `onCancel`,
 * e.g. back to a previous step), then its one action, both held while
 * `busy`. Without `onAction` the action submits the form around it.
 * `before` goes left of Cancel (a secondary action).
 *
 * @example
 * <DialogActions busy={isSubmitting}>{isSubmitting ? "Saving…" : "Save"}</DialogActions>
 */
export function DialogActions({
  busy,
  cancelLabel = "Cancel",
  variant = "primary",
  disabled,
  onAction,
  onCancel,
  before,
  children,
}: {
  busy: boolean;
  cancelLabel?: string;
  variant?: ButtonVariant;
  disabled?: boolean;
  onAction?: () => void;
  onCancel?: () => void;
  before?: ReactNode;
  /** The action's label (say what happens while busy, e.g. "Saving…"). */
  children: ReactNode;
}) {
  return (
    <DialogFooter>
      {before}
      {onCancel !== undefined ? (
        <Button onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </Button>
      ) : (
        <DialogClose asChild>
          <Button disabled={busy}>{cancelLabel}</Button>
        </DialogClose>
      )}
      <Button type={onAction === undefined ? "submit" : "button"} variant={variant} disabled={disabled} busy={busy} onClick={onAction}>
        {children}
      </Button>
    </DialogFooter>
  );
}
