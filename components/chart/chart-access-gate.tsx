"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useMutation, useQuery_experimental } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { errorCodeOf, errorMessage } from "@/lib/client-errors";
import { ERROR_CODES } from "@/lib/errors";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { useGrantKeeper } from "@/components/access/use-grant-keeper";
import { useViewer } from "@/components/shell/viewer-context";
import { recentPatient } from "@/components/patients/search-store";
import { AccessBar, EmergencyBanner } from "./access-bar";
import { ChartAccessContext, type ChartAccessValue, type Purpose } from "./chart-context";
import { ChartStateMessage, PatientHeader, PatientHeaderSkeleton } from "./patient-header";

// Only a clinician without a care relationship sees it: its form, schema and dialog load then.
const EmergencyAccessScreen = dynamic(() => import("./emergency-access").then((m) => m.EmergencyAccessScreen), {
  loading: () => <PatientHeaderSkeleton label="Loading emergency access…" />,
});

/** The gate keeps one grant (see useGrantKeeper). */
const CHART = "chart";

type Grant = { expiresAt: number; emergency: boolean; purpose: Purpose };

type GateState =
  | { status: "opening" }
  | { status: "open"; grant: Grant }
  | { status: "emergency-required"; message: string }
  | { status: "expired"; emergency: boolean }
  | { status: "not-found" }
  | { status: "forbidden"; message: string }
  | { status: "error"; message: string };

/**
 * The chart's door. On mount it opens an audited grant (`access.openChart`);
 * a clinician without a care relationship is offered emergency access instead.
 * While the grant is live it is renewed on the person's activity (at most once
 * a minute); when it ends, everything below unmounts (no patient data stays on
 * screen) and the person is offered to open the chart again.
 */
export function ChartAccessGate({ patientId, children }: { patientId: string; children: ReactNode }) {
  const viewer = useViewer();
  // A practice switch starts from a closed chart: the grant belongs to one practice.
  return (
    <Gate key={`${viewer.active.membership.practiceId}:${patientId}`} patientId={patientId as Id<"patients">}>
      {children}
    </Gate>
  );
}

function Gate({ patientId, children }: { patientId: Id<"patients">; children: ReactNode }) {
  const viewer = useViewer();
  const { permissions, membership } = viewer.active;
  const openChart = useMutation(api.access.openChart);
  const renew = useMutation(api.access.renew);
  const [state, setState] = useState<GateState>({ status: "opening" });
  const [purpose, setPurpose] = useState<Purpose>("treatment");
  const [attempt, setAttempt] = useState(0);
  const started = useRef<number | null>(null);

  const [purposeError, setPurposeError] = useState<string | null>(null);

  const grant = state.status === "open" ? state.grant : null;

  // The grant's live state from the server: renewals in another tab extend it here too.
  const demographics = useQuery_experimental({
    query: api.chart.demographics,
    args: grant !== null ? { patientId } : "skip",
  });
  const serverExpiresAt = demographics.status === "success" ? demographics.data.access.expiresAt : 0;
  const expiresAt = grant === null ? 0 : Math.max(grant.expiresAt, serverExpiresAt);
  const emergency = grant?.emergency === true || (demographics.status === "success" && demographics.data.access.emergency);

  const expire = useCallback(() => {
    setState((s) => (s.status === "open" ? { status: "expired", emergency: s.grant.emergency } : s));
  }, []);

  // Keep a routine grant open while the person works (emergency access has a fixed lifetime);
  // when it ends, the chart closes, even if the tab slept through the moment.
  const { opened } = useGrantKeeper({
    grants: grant !== null ? { [CHART]: expiresAt } : {},
    renew: () => renew({ scope: { kind: "chart", patientId } }),
    onRenewed: (_key, renewedUntil) =>
      setState((s) => (s.status === "open" ? { status: "open", grant: { ...s.grant, expiresAt: Math.max(s.grant.expiresAt, renewedUntil) } } : s)),
    onExpired: expire,
    shouldRenew: () => !emergency,
    renewOnReturn: true,
  });

  const open = useCallback(
    (nextPurpose: Purpose) => {
      setState({ status: "opening" });
      openChart({ patientId, purpose: nextPurpose })
        .then((g) => {
          opened(CHART);
          setState({ status: "open", grant: { expiresAt: g.expiresAt, emergency: false, purpose: nextPurpose } });
        })
        .catch((err: unknown) => {
          const code = errorCodeOf(err);
          if (code === ERROR_CODES.emergencyAccessRequired) setState({ status: "emergency-required", message: errorMessage(err) });
          else if (code === ERROR_CODES.notFound || (code === null && isBadId(err))) setState({ status: "not-found" });
          else if (code === ERROR_CODES.forbidden) setState({ status: "forbidden", message: errorMessage(err) });
          else setState({ status: "error", message: errorMessage(err, "The chart could not be opened. Check your connection and try again.") });
        });
    },
    [openChart, patientId, opened],
  );

  /** A new purpose is a new, audited opening; the chart stays open if it fails. */
  const changePurpose = useCallback(
    (nextPurpose: Purpose) => {
      setPurposeError(null);
      openChart({ patientId, purpose: nextPurpose })
        .then((g) => {
          opened(CHART);
          setPurpose(nextPurpose);
          setState((s) => (s.status === "open" ? { status: "open", grant: { expiresAt: g.expiresAt, emergency: false, purpose: nextPurpose } } : s));
        })
        .catch((err: unknown) => setPurposeError(errorMessage(err, "The purpose was not changed. Try again.")));
    },
    [openChart, patientId, opened],
  );

  // Open once per attempt (React's development double-mount must not audit twice).
  useEffect(() => {
    if (started.current === attempt) return;
    started.current = attempt;
    open(purpose);
  }, [attempt, open, purpose]);

  // The server says the grant is gone (expired, or the patient is not ours): the chart is closed.
  const serverCode = demographics.status === "error" ? errorCodeOf(demographics.error) : null;
  const shown: GateState =
    state.status === "open" && serverCode === ERROR_CODES.accessNotGranted
      ? { status: "expired", emergency: state.grant.emergency }
      : state.status === "open" && serverCode === ERROR_CODES.notFound
        ? { status: "not-found" }
        : state;

  const value = useMemo<ChartAccessValue | null>(() => {
    if (grant === null || demographics.status !== "success") return null;
    return {
      patientId,
      patient: demographics.data.patient,
      expiresAt,
      emergency,
      canViewClinical: permissions.includes("clinical.view"),
      canIntake: permissions.includes("clinical.intake") && !emergency,
      canWriteNotes: permissions.includes("notes.write") && !emergency,
      canSign: permissions.includes("notes.sign") && !emergency,
    };
  }, [grant, demographics, patientId, expiresAt, emergency, permissions]);

  const known = recentPatient(membership.practiceId, patientId);

  switch (shown.status) {
    case "opening":
      return (
        <ChartFrame>
          <PatientHeaderSkeleton label="Opening the chart… This access is recorded in the audit trail." />
        </ChartFrame>
      );
    case "emergency-required":
      return (
        <ChartFrame>
          <EmergencyAccessScreen
            patientId={patientId}
            knownPatient={known}
            message={shown.message}
            onGranted={(g) => {
              opened(CHART);
              setState({ status: "open", grant: { expiresAt: g.expiresAt, emergency: true, purpose: "treatment" } });
            }}
          />
        </ChartFrame>
      );
    case "expired":
      return (
        <ChartFrame>
          <ChartStateMessage
            testId="chart-expired"
            title="Access to this chart has ended"
            icon="lock"
            actions={
              <>
                <Link href="/patients" className={buttonClass("secondary")}>
                  Back to patients
                </Link>
                <Button
                  variant="primary"
                  onClick={() => {
                    if (shown.emergency) setState({ status: "emergency-required", message: "" });
                    else setAttempt((a) => a + 1);
                  }}
                >
                  {shown.emergency ? "Request emergency access again" : "Open the chart again"}
                </Button>
              </>
            }
          >
            {shown.emergency
              ? "Emergency access lasts 60 minutes and cannot be extended. The chart was closed and nothing from it is shown any more. If you still need it, request emergency access again; the new request is reviewed too."
              : "Access lapses after a period without activity, and the chart was closed so that nothing from it stays on screen. Opening it again is recorded in the audit trail."}
          </ChartStateMessage>
        </ChartFrame>
      );
    case "not-found":
      return (
        <ChartFrame>
          <ChartStateMessage
            testId="chart-not-found"
            title="Patient not found"
            icon="search"
            actions={
              <Link href="/patients" className={buttonClass("primary")}>
                Search patients
              </Link>
            }
          >
            There is no patient with this link in {membership.practiceName}. The link may be from another practice, or the record was removed.
          </ChartStateMessage>
        </ChartFrame>
      );
    case "forbidden":
      return (
        <ChartFrame>
          <ChartStateMessage
            testId="chart-forbidden"
            title="Patient charts are not part of your role"
            icon="lock"
            actions={
              <Link href="/" className={buttonClass("secondary")}>
                Back to home
              </Link>
            }
          >
            {shown.message} If you need access, ask your practice admin.
          </ChartStateMessage>
        </ChartFrame>
      );
    case "error":
      return (
        <ChartFrame>
          <Alert
            title="The chart could not be opened"
            action={
              <Button size="sm" onClick={() => setAttempt((a) => a + 1)}>
                Try again
              </Button>
            }
          >
            {shown.message}
          </Alert>
        </ChartFrame>
      );
    case "open":
      break;
  }

  if (value === null) {
    if (demographics.status === "error") {
      return (
        <ChartFrame>
          <Alert
            title="The chart could not be loaded"
            action={
              <Button size="sm" onClick={() => setAttempt((a) => a + 1)}>
                Try again
              </Button>
            }
          >
            {errorMessage(demographics.error, "Check your connection, then try again.")}
          </Alert>
        </ChartFrame>
      );
    }
    return (
      <ChartFrame>
        <PatientHeaderSkeleton label="Loading the chart…" />
      </ChartFrame>
    );
  }

  return (
    <ChartAccessContext.Provider value={value}>
      <ChartFrame>
        <div className="flex flex-col gap-3 print:hidden">
          {emergency ? <EmergencyBanner expiresAt={expiresAt} /> : null}
          <PatientHeader patient={value.patient} />
          {!emergency ? (
            <AccessBar expiresAt={expiresAt} purpose={grant?.purpose ?? purpose} onPurposeChange={changePurpose} error={purposeError} />
          ) : null}
        </div>
        {children}
      </ChartFrame>
    </ChartAccessContext.Provider>
  );
}

/** An id of the wrong shape fails argument validation (not an app error): it names no patient. */
function isBadId(err: unknown): boolean {
  return err instanceof Error && /ArgumentValidationError|Value does not match validator|Invalid argument/i.test(err.message);
}

function ChartFrame({ children }: { children: ReactNode }) {
  return <div className="mx-auto flex w-full max-w-7xl flex-col gap-4 print:max-w-none">{children}</div>;
}
