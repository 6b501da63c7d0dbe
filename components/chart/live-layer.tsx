import type { RadarGeometry } from "@/lib/chart/geometry";
import { describeValue, type ValueTextLabels } from "@/lib/chart/value-text";
import type { SpiderChartAxis } from "./chart-types";
import { DragFeedback } from "./drag-feedback";
import { useDragState, type DragStore } from "./drag-store";
import { HandleLayer, handlePoint } from "./handle-layer";
import { MyProfile } from "./my-profile";

interface LiveLayerProps {
  readonly store: DragStore;
  readonly geometry: RadarGeometry;
  readonly axes: readonly SpiderChartAxis[];
  /** My stored values per axis (the drag overrides the dragged one until release). */
  readonly stored: readonly (number | undefined)[];
  readonly showMine: boolean;
  /** Handles are drawn (an editable chart); otherwise my polygon only. */
  readonly editable: boolean;
  readonly scale: number;
  readonly labels: ValueTextLabels;
  readonly focusedIndex: number | null;
  readonly onValue: (axisIndex: number, value: number) => void;
  readonly onFocusIndex: (axisIndex: number | null) => void;
  readonly pointer: Parameters<typeof HandleLayer>[0]["pointer"];
}

/**
 * The part of the chart a drag changes — my polygon, the snap feedback and the handles — and the only part that
 * subscribes to the drag store: a drag frame re-renders this layer (and the status line), never the chart.
 */
export function LiveLayer(props: LiveLayerProps) {
  const { store, geometry, axes, stored, showMine, editable, scale, labels } = props;
  const drag = useDragState(store);
  const values = drag ? stored.map((v, i) => (i === drag.axisIndex ? drag.level : v)) : stored;
  return (
    <>
      {showMine && <MyProfile geometry={geometry} values={values} dots scale={scale} />}
      {drag && (
        <g data-export="skip">
          <DragFeedback geometry={geometry} axisIndex={drag.axisIndex} level={drag.level} />
        </g>
      )}
      {editable && (
        <HandleLayer
          geometry={geometry}
          axes={axes}
          values={values}
          handlePoints={values.map((v, i) => handlePoint(geometry, i, v))}
          valueTexts={axes.map((a, i) => describeValue(values[i], a.levels, labels))}
          focusedIndex={props.focusedIndex}
          dragIndex={drag?.axisIndex ?? null}
          onValue={props.onValue}
          onFocusIndex={props.onFocusIndex}
          pointer={props.pointer}
        />
      )}
    </>
  );
}
