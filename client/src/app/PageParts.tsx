import { createContext, Suspense, useContext, useMemo } from 'react';
import { type ClientModule, type PagePart, type PartSlot, type PartSlots, useAllowed, useModules } from './manifest';

/** The parts of all modules at one place, in order. */
export function pageParts(modules: ClientModule[], slot: PartSlot): PagePart[] {
  return modules
    .flatMap((m) => m.parts ?? [])
    .filter((part) => part.slot === slot)
    .sort((a, b) => a.order - b.order);
}

/** The parts the current user may see at one place. */
function usePageParts(slot: PartSlot): PagePart[] {
  const modules = useModules();
  const allowed = useAllowed();
  return useMemo(() => pageParts(modules, slot).filter(allowed), [modules, slot, allowed]);
}

const PlaceContext = createContext<{ slot: PartSlot; value: unknown } | null>(null);

/**
 * The parts other modules add at `slot` (see `PartSlots`), each reading `value` with `usePartOf`.
 * Nothing shows while their code and strings load: a part with nothing to show never flashes.
 */
export function PageParts<S extends PartSlot>({ slot, value }: { slot: S; value: PartSlots[S] }) {
  const parts = usePageParts(slot);
  const place = useMemo(() => ({ slot, value }), [slot, value]);
  return (
    <PlaceContext.Provider value={place}>
      {parts.map(({ id, component: Part }) => (
        <Suspense key={id} fallback={null}>
          <Part />
        </Suspense>
      ))}
    </PlaceContext.Provider>
  );
}

/** What the place a part is shown at gives it. */
export function usePartOf<S extends PartSlot>(slot: S): PartSlots[S] {
  const place = useContext(PlaceContext);
  if (!place || place.slot !== slot) throw new Error(`This part is shown only at ${slot}`);
  return place.value as PartSlots[S];
}
