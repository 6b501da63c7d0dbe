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
import deDecide from "../../messages/de/decide.json" with { type: "json" };
import deDefine from "../../messages/de/define.json" with { type: "json" };
import deDescribe from "../../messages/de/describe.json" with { type: "json" };
import deSteps from "../../messages/de/steps.json" with { type: "json" };
import deManage from "../../messages/de/manage.json" with { type: "json" };
import deProjector from "../../messages/de/projector.json" with { type: "json" };
import deSession from "../../messages/de/session.json" with { type: "json" };
import deChart from "../../messages/de/chart.json" with { type: "json" };
import deSync from "../../messages/de/sync.json" with { type: "json" };
import deEarlier from "../../messages/de/earlier.json" with { type: "json" };
import deGoals from "../../messages/de/goals.json" with { type: "json" };
import dePlan from "../../messages/de/plan.json" with { type: "json" };
import dePrework from "../../messages/de/prework.json" with { type: "json" };
import deOutcome from "../../messages/de/outcome.json" with { type: "json" };
import deReview from "../../messages/de/review.json" with { type: "json" };
import deTransfer from "../../messages/de/transfer.json" with { type: "json" };
import enAuth from "../../messages/en/auth.json" with { type: "json" };
import enCommon from "../../messages/en/common.json" with { type: "json" };
import enDashboard from "../../messages/en/dashboard.json" with { type: "json" };
import enHome from "../../messages/en/home.json" with { type: "json" };
import enJoin from "../../messages/en/join.json" with { type: "json" };
import enRoom from "../../messages/en/room.json" with { type: "json" };
import enDecide from "../../messages/en/decide.json" with { type: "json" };
import enDefine from "../../messages/en/define.json" with { type: "json" };
import enDescribe from "../../messages/en/describe.json" with { type: "json" };
import enSteps from "../../messages/en/steps.json" with { type: "json" };
import enManage from "../../messages/en/manage.json" with { type: "json" };
import enProjector from "../../messages/en/projector.json" with { type: "json" };
import enSession from "../../messages/en/session.json" with { type: "json" };
import enChart from "../../messages/en/chart.json" with { type: "json" };
import enSync from "../../messages/en/sync.json" with { type: "json" };
import enEarlier from "../../messages/en/earlier.json" with { type: "json" };
import enGoals from "../../messages/en/goals.json" with { type: "json" };
import enPlan from "../../messages/en/plan.json" with { type: "json" };
import enPrework from "../../messages/en/prework.json" with { type: "json" };
import enOutcome from "../../messages/en/outcome.json" with { type: "json" };
import enReview from "../../messages/en/review.json" with { type: "json" };
import enTransfer from "../../messages/en/transfer.json" with { type: "json" };
import plAuth from "../../messages/pl/auth.json" with { type: "json" };
import plCommon from "../../messages/pl/common.json" with { type: "json" };
import plDashboard from "../../messages/pl/dashboard.json" with { type: "json" };
import plHome from "../../messages/pl/home.json" with { type: "json" };
import plJoin from "../../messages/pl/join.json" with { type: "json" };
import plRoom from "../../messages/pl/room.json" with { type: "json" };
import plDecide from "../../messages/pl/decide.json" with { type: "json" };
import plDefine from "../../messages/pl/define.json" with { type: "json" };
import plDescribe from "../../messages/pl/describe.json" with { type: "json" };
import plSteps from "../../messages/pl/steps.json" with { type: "json" };
import plManage from "../../messages/pl/manage.json" with { type: "json" };
import plProjector from "../../messages/pl/projector.json" with { type: "json" };
import plSession from "../../messages/pl/session.json" with { type: "json" };
import plChart from "../../messages/pl/chart.json" with { type: "json" };
import plSync from "../../messages/pl/sync.json" with { type: "json" };
import plEarlier from "../../messages/pl/earlier.json" with { type: "json" };
import plGoals from "../../messages/pl/goals.json" with { type: "json" };
import plPlan from "../../messages/pl/plan.json" with { type: "json" };
import plPrework from "../../messages/pl/prework.json" with { type: "json" };
import plOutcome from "../../messages/pl/outcome.json" with { type: "json" };
import plReview from "../../messages/pl/review.json" with { type: "json" };
import plTransfer from "../../messages/pl/transfer.json" with { type: "json" };

export const en = { common: enCommon, home: enHome, auth: enAuth, dashboard: enDashboard, join: enJoin, room: enRoom, chart: enChart, manage: enManage, projector: enProjector, session: enSession, steps: enSteps, describe: enDescribe, define: enDefine, decide: enDecide, sync: enSync, earlier: enEarlier, goals: enGoals, plan: enPlan, prework: enPrework, outcome: enOutcome, review: enReview, transfer: enTransfer };

/** The catalogue's shape is English's. */
export type Messages = typeof en;
type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

export const pl: Messages = { common: plCommon, home: plHome, auth: plAuth, dashboard: plDashboard, join: plJoin, room: plRoom, chart: plChart, manage: plManage, projector: plProjector, session: plSession, steps: plSteps, describe: plDescribe, define: plDefine, decide: plDecide, sync: plSync, earlier: plEarlier, goals: plGoals, plan: plPlan, prework: plPrework, outcome: plOutcome, review: plReview, transfer: plTransfer };
export const de: DeepPartial<Messages> = { common: deCommon, home: deHome, auth: deAuth, dashboard: deDashboard, join: deJoin, room: deRoom, chart: deChart, manage: deManage, projector: deProjector, session: deSession, steps: deSteps, describe: deDescribe, define: deDefine, decide: deDecide, sync: deSync, earlier: deEarlier, goals: deGoals, plan: dePlan, prework: dePrework, outcome: deOutcome, review: deReview, transfer: deTransfer };
