/**
 * `slotProps` of a filter select whose empty choice means "all": the empty value is displayed
 * (as the `common.all` MenuItem) and the label stays shrunk, so the field does not look unfilled.
 */
export const SHOW_ALL = { select: { displayEmpty: true }, inputLabel: { shrink: true } };
