import i18n from 'i18next';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

type Part = ComponentType<object> & { preload?(): void };

/**
 * A module's page or card that shows once the strings it needs are there in the current language
 * (its module's, and those of the modules whose components it shows): until then it suspends, so
 * no key appears untranslated. Its code and its strings are fetched side by side.
 */
export function withStrings<C extends Part>(Part: C, namespaces: string[]): C {
  if (namespaces.length === 0) return Part;
  const Inner: Part = Part;
  function WithStrings(props: object) {
    Inner.preload?.();
    useTranslation(namespaces);
    return <Inner {...props} />;
  }
  return Object.assign(WithStrings, {
    // The strings first: they are small, and the part shows nothing without them.
    preload() {
      void i18n.loadNamespaces(namespaces);
      Inner.preload?.();
    },
  }) as unknown as C;
}
