"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import type { WebsocketProvider } from "y-websocket";
import { DRAG_FIELD, dragSchema, presenceSchema, type Drag } from "@/lib/sync/awareness";
import type { Reveal } from "@/lib/sync/schema";
import type { Profile } from "@/lib/workshop/scores";

/** Somebody else's spider-chart drag in progress, as plain values. */
export interface DragGhost {
  /** Their awareness client id, as a string key. */
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly dimensionId: string;
  readonly level: number;
  readonly profile: Profile;
}

/**
 * Live drags on the board, for screens: subscribe/getSnapshot for useSyncExternalStore (only the chart that
 * shows ghosts re-renders when one moves, not the whole room) and `publish` for this device's own drag.
 */
export interface DragGhostFeed {
  subscribe(listener: () => void): () => void;
  getSnapshot(): readonly DragGhost[];
  /** Publishes this device's drag (null: none). Ignored unless that profile is revealed. */
  publish(drag: Drag | null): void;
}

const NONE: readonly DragGhost[] = [];

/** The feed behind {@link useDragGhostFeed}: holds the latest ghosts and this device's drag. */
class Feed implements DragGhostFeed {
  private listeners = new Set<() => void>();
  private ghosts: readonly DragGhost[] = NONE;
  private key = "";
  private awareness: Awareness | null = null;
  private reveal: Pick<Reveal, Profile> = { baseline: false, target: false };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly DragGhost[] => this.ghosts;

  publish = (drag: Drag | null): void => {
    const awareness = this.awareness;
    if (!awareness) return;
    const next = drag && this.reveal[drag.profile] ? drag : null;
    const current = dragSchema.safeParse(awareness.getLocalState()?.[DRAG_FIELD]);
    const same = current.success ? JSON.stringify(current.data) === JSON.stringify(next) : next === null;
    if (!same) awareness.setLocalStateField(DRAG_FIELD, next);
  };

  attach(awareness: Awareness): () => void {
    this.awareness = awareness;
    awareness.on("change", this.refresh);
    this.refresh();
    return () => {
      awareness.off("change", this.refresh);
      this.publish(null);
      this.awareness = null;
      this.set(NONE);
    };
  }

  setReveal(reveal: Pick<Reveal, Profile>): void {
    this.reveal = { baseline: reveal.baseline, target: reveal.target };
    // A hide while dragging withdraws this device's ghost at once (the server strips it as well).
    const own = dragSchema.safeParse(this.awareness?.getLocalState()?.[DRAG_FIELD]);
    if (own.success && !this.reveal[own.data.profile]) this.publish(null);
    this.refresh();
  }

  private refresh = (): void => {
    const awareness = this.awareness;
    if (!awareness) return;
    const list: DragGhost[] = [];
    awareness.getStates().forEach((state, clientId) => {
      if (clientId === awareness.clientID) return;
      const drag = dragSchema.safeParse(state[DRAG_FIELD]);
      if (!drag.success || !this.reveal[drag.data.profile]) return;
      const user = presenceSchema.safeParse(state["user"]);
      if (!user.success) return;
      list.push({ id: String(clientId), name: user.data.name, color: user.data.color, ...drag.data });
    });
    list.sort((a, b) => (a.id < b.id ? -1 : 1));
    this.set(list);
  };

  private set(list: readonly DragGhost[]): void {
    const key = JSON.stringify(list);
    if (key === this.key) return; // presence changes elsewhere in the room do not wake the chart
    this.key = key;
    this.ghosts = list.length === 0 ? NONE : list;
    for (const listener of this.listeners) listener();
  }
}

/**
 * Connects a drag-ghost feed to the board's awareness (in an effect, cleaned up with the provider). Drags are
 * only published and shown for revealed profiles: before reveal nobody sees anybody's hand move.
 */
export function useDragGhostFeed(provider: WebsocketProvider | null, reveal: Pick<Reveal, Profile>): DragGhostFeed {
  const [feed] = useState(() => new Feed());
  useEffect(() => (provider ? feed.attach(provider.awareness) : undefined), [feed, provider]);
  const { baseline, target } = reveal;
  useEffect(() => feed.setReveal({ baseline, target }), [feed, baseline, target]);
  return feed;
}

/** The other people's drags of a feed (plain values), re-rendering only the calling component as they move. */
export function useDragGhosts(feed: DragGhostFeed | null | undefined): readonly DragGhost[] {
  return useSyncExternalStore(feed?.subscribe ?? noSubscribe, feed?.getSnapshot ?? noGhosts, noGhosts);
}

const noSubscribe = (): (() => void) => () => {};
const noGhosts = (): readonly DragGhost[] => NONE;
