"use client";

import { createContext, useContext } from "react";
import type { FunctionReturnType } from "convex/server";
import type { api } from "@/convex/_generated/api";

export type Viewer = NonNullable<FunctionReturnType<typeof api.viewer.current>>;
export type ActiveViewer = Viewer & { active: NonNullable<Viewer["active"]> };

export const ViewerContext = createContext<ActiveViewer | null>(null);

export function useViewer(): ActiveViewer {
  const viewer = useContext(ViewerContext);
  if (viewer === null) throw new Error("useViewer outside SessionGate");
  return viewer;
}
