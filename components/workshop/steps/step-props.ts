import type { LiveWorkshop } from "@/components/sync/use-workshop";
import type { Presence } from "@/lib/sync/awareness";
import type { Actor } from "@/lib/workshop/notes";
import type { RoomContent, RoomStep } from "../room-content";
import type { EarlierOverlay } from "../use-earlier-overlay";

/** What every step screen receives from the step shell. */
export interface StepProps {
  readonly live: LiveWorkshop;
  readonly content: RoomContent;
  readonly step: RoomStep;
  readonly me: Presence;
  /** This device's person: participant id or facilitator's user id, and role. */
  readonly actor: Actor;
  /** Whether this device may change inputs on this step (false for observers, and for participants when locked). */
  readonly editable: boolean;
  /** The workshop's title (names of downloaded charts). */
  readonly workshopTitle?: string;
  /** A re-assessment's earlier assessment, for the rating charts (only when this person may see it). */
  readonly earlier?: EarlierOverlay;
}
