"use client";

import dynamic from "next/dynamic";

/*
 * The schedule's dialogs carry their forms, the shared zod schemas,
 * react-hook-form and Radix; most visits to the calendar or the board open
 * none of them. They load when one is first opened (the screens render them
 * only while open), so the calendar itself stays light.
 */
export const Dialog = dynamic(() => import("@/components/ui/dialog").then((m) => m.Dialog));
export const BookDialogContent = dynamic(() => import("./book-dialog").then((m) => m.BookDialogContent));
export const AppointmentDialogContent = dynamic(() => import("./appointment-dialog").then((m) => m.AppointmentDialogContent));
export const OverrideDialog = dynamic(() => import("./override-dialog").then((m) => m.OverrideDialog));
