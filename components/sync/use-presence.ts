"use client";

import { useEffect, useState } from "react";
import type { WebsocketProvider } from "y-websocket";
import { presenceSchema, type Presence } from "@/lib/sync/awareness";

/** A person in the room, from one awareness state. */
export interface PresentPerson extends Presence {
  readonly clientId: number;
  readonly self: boolean;
}

/** Publishes this device's presence on the board and lists everyone present (states failing the schema are ignored). */
export function usePresence(provider: WebsocketProvider | null, me: Presence): PresentPerson[] {
  const [people, setPeople] = useState<PresentPerson[]>([]);
  const { name, role, sector, color } = me;

  useEffect(() => {
    if (!provider) return;
    const awareness = provider.awareness;
    awareness.setLocalStateField("user", { name, role, sector, color });
    const refresh = () => {
      const list: PresentPerson[] = [];
      awareness.getStates().forEach((state, clientId) => {
        const parsed = presenceSchema.safeParse(state["user"]);
        if (parsed.success) list.push({ ...parsed.data, clientId, self: clientId === awareness.clientID });
      });
      list.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
      // Awareness also carries live chart drags: keep the same list (and spare the room a render) unless people changed.
      setPeople((prev) => (JSON.stringify(prev) === JSON.stringify(list) ? prev : list));
    };
    awareness.on("change", refresh);
    refresh();
    return () => awareness.off("change", refresh);
  }, [provider, name, role, sector, color]);

  return people;
}
