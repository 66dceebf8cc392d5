type Settings = { key: string; value: number }[] | undefined;

/** A configurable figure from the `settings` query, or its default while it is not loaded. */
export function settingValue(settings: Settings, key: string, fallback: number): number {
  return settings?.find((s) => s.key === key)?.value ?? fallback;
}

/** The yearly JP figures: the minimum of a PNS (PP 17/2020) and the maximum of a PPPK (PP 49/2018). */
export function jpLimits(settings: Settings): { target: number; max: number } {
  return { target: settingValue(settings, 'jp.pnsYearlyTarget', 20), max: settingValue(settings, 'jp.pppkYearlyMax', 24) };
}
