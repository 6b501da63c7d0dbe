"use client";

import { measureTypeSchema, type MeasureType } from "@/lib/workshop/plan";
import type { RoomContent } from "../room-content";

const SELECT = "mt-1 block w-full min-h-11 rounded-md border border-slate-500 bg-white px-2 text-base disabled:bg-slate-100";

/** A measure's kind (activity, intervention, structure, pilot, partnership), in the room's language; values outside the schema are ignored. */
export function MeasureTypeSelect({
  value,
  onChange,
  vocabulary,
  disabled = false,
  testId,
}: {
  value: MeasureType;
  onChange: (type: MeasureType) => void;
  vocabulary: RoomContent["actionPlan"];
  disabled?: boolean;
  testId: string;
}) {
  return (
    <select
      value={value}
      disabled={disabled}
      onChange={(e) => {
        const parsed = measureTypeSchema.safeParse(e.target.value);
        if (parsed.success) onChange(parsed.data);
      }}
      className={SELECT}
      data-testid={testId}
    >
      {vocabulary.measureTypes.map((m) => (
        <option key={m.id} value={m.id}>
          {m.label}
        </option>
      ))}
    </select>
  );
}
