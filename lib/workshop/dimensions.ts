/**
 * Ids of the eight dimensions, in the seed's order (the chart's clockwise order from 12 o'clock). Its own module so
 * browser code — the document schemas above all — gets the ids without the content file, which weighs ~50 KB gzip
 * (docs/decisions/023-phone-weight.md); lib/workshop/content.ts checks at load that the content file lists exactly
 * these, in this order.
 */
export const DIMENSION_IDS: readonly string[] = [
  "membership-model",
  "cross-sector-composition",
  "operating-model",
  "coordinating-body",
  "financial-model",
  "service-portfolio",
  "viable-purpose",
  "stakeholder-collaboration",
];
