/**
 * Every UI message, per locale and namespace (messages/<locale>/<namespace>.json). To add a namespace, add its
 * three files and one line per locale here. English defines the shape; Polish must match it exactly (checked by
 * the compiler here and by messages.test.ts); German may leave keys out (they fall back to English).
 */
import deAuth from "../../messages/de/auth.json" with { type: "json" };
import deCommon from "../../messages/de/common.json" with { type: "json" };
import deDashboard from "../../messages/de/dashboard.json" with { type: "json" };
import deHome from "../../messages/de/home.json" with { type: "json" };
import deJoin from "../../messages/de/join.json" with { type: "json" };
import deRoom from "../../messages/de/room.json" with { type: "json" };
import enAuth from "../../messages/en/auth.json" with { type: "json" };
import enCommon from "../../messages/en/common.json" with { type: "json" };
import enDashboard from "../../messages/en/dashboard.json" with { type: "json" };
import enHome from "../../messages/en/home.json" with { type: "json" };
import enJoin from "../../messages/en/join.json" with { type: "json" };
import enRoom from "../../messages/en/room.json" with { type: "json" };
import plAuth from "../../messages/pl/auth.json" with { type: "json" };
import plCommon from "../../messages/pl/common.json" with { type: "json" };
import plDashboard from "../../messages/pl/dashboard.json" with { type: "json" };
import plHome from "../../messages/pl/home.json" with { type: "json" };
import plJoin from "../../messages/pl/join.json" with { type: "json" };
import plRoom from "../../messages/pl/room.json" with { type: "json" };

export const en = { common: enCommon, home: enHome, auth: enAuth, dashboard: enDashboard, join: enJoin, room: enRoom };

/** The catalogue's shape is English's. */
export type Messages = typeof en;
type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

export const pl: Messages = { common: plCommon, home: plHome, auth: plAuth, dashboard: plDashboard, join: plJoin, room: plRoom };
export const de: DeepPartial<Messages> = { common: deCommon, home: deHome, auth: deAuth, dashboard: deDashboard, join: deJoin, room: deRoom };
