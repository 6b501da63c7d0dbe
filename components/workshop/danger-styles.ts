/** An outlined red button for destructive actions. */
export const DANGER_OUTLINE =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-red-800 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-700 focus-visible:ring-offset-2";
/** A filled red button confirming a destructive action. */
export const DANGER_FILLED =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:bg-slate-400 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-700 focus-visible:ring-offset-2";
