import type { ApolloClient } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import { type ComponentType, createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import type { Role } from '../gql/graphql';
import { type Ability, useAuth } from './auth';
import { withStrings } from './strings';

/** A component whose code loads on demand; `preload` starts fetching it ahead of the first render. */
export type LazyComponent<P = object> = ComponentType<P> & { preload(): void };

/** An entry of the main menu, attached to the route it opens. */
export interface NavEntry {
  /**
   * i18n key of the label, `nav.<module>.<entry>` from the module's `menu` strings; `${label}Hint`
   * is the shortcut's line on the home page when not empty.
   */
  label: string;
  icon: ReactNode;
  /** Place in the menu, lowest first (home 0, profile last at 1000). */
  order: number;
  /** Other paths whose pages belong to this entry (for the page title). */
  also?: string[];
  /**
   * Narrows who sees the entry in the menu when the page is open to more roles than it is useful
   * for; without it, the menu shows the entry to exactly the roles that may open the route.
   */
  audience?: Role[];
}

/** A page of a module. */
export interface ModuleRoute {
  /** Path below the logged-in layout without a leading slash; '' is the start page. */
  path: string;
  /** Usually a `lazyPage(...)`, so the page's code loads when it is first shown (or `preload` is called). */
  page: ComponentType & { preload?(): void };
  /**
   * Roles that may open the page; absent means everyone logged in. The route guard and the menu
   * both read it; the server checks the same roles on every operation the page uses.
   */
  roles?: Role[];
  /**
   * An ability the server decides (`viewerCan`) that the user must have, for pages whose rule is
   * more than a list of roles or is kept on the server; read by the guard and the menu like `roles`.
   */
  can?: Ability;
  /** Shown to logged-out visitors, outside the layout (the login page). */
  public?: boolean;
  /**
   * The modules' strings the page waits for, when not those of its module (see
   * `ClientModule.usesStringsOf`); `[]` for a page that shows only shared strings.
   */
  strings?: string[];
  nav?: NavEntry;
}

/** A card a module adds to the home page. */
export interface HomeCard extends Access {
  /** Unique across modules; the React key. */
  id: string;
  /** Only for users with an employee record (a learner's own JP, plans, competencies). */
  employeeOnly?: boolean;
  /** Place on the page, lowest first. */
  order: number;
  /** A `lazyPart(...)`: the first card's is preloaded with the home page, the others' once it shows. */
  component: LazyComponent;
  /** As for a route: the modules' strings the card waits for, when not those of its module. */
  strings?: string[];
  /**
   * The query without variables the card makes first, sent before the card's code has arrived when
   * the card is the first: with the start page's code, and when the start page opened from the address
   * showed the card after a login on this browser (`startCards.ts`), beside the session query.
   */
  firstQuery?: () => Promise<DocumentNode>;
}

/**
 * Places on one module's pages where other modules add parts, and what a part shown there reads
 * (`usePartOf` in `PageParts.tsx`). The page's module only names the place; a module adding a part
 * knows only this contract, as a home card knows only the home page.
 */
export interface PartSlots {
  /** A community group's page, first in its main column. */
  communityGroup: { groupId: string };
  /** A course module the viewer completed: on its page, and in the dialog shown the moment it completes. */
  completedModule: { moduleId: string };
}

export type PartSlot = keyof PartSlots;

/** A part a module adds at a place on another module's page; it renders nothing when it has nothing to show. */
export interface PagePart extends Access {
  /** Unique across modules; the React key. */
  id: string;
  slot: PartSlot;
  /** Place among the slot's parts, lowest first. */
  order: number;
  /** A `lazyPart(...)`: its code loads when a page first shows the slot. */
  component: LazyComponent;
  /** As for a route: the modules' strings the part waits for, when not those of its module. */
  strings?: string[];
}

type LocaleFile = () => Promise<{ default: Record<string, unknown> }>;

/**
 * Strings of a module under its own top-level keys, in the i18n namespace named after the module.
 * Each language's file loads with the module's first page or card (see `defineModule`).
 */
export interface ModuleLocales {
  id: LocaleFile;
  en: LocaleFile;
}

/**
 * The labels of a module's menu entries and their lines on the home page, shared as `nav.<module>.*`
 * (the menu is drawn before any module's strings arrive): the Bahasa Indonesia ships with the app,
 * the English loads with the shared English strings.
 */
export interface MenuLocales {
  id: Record<string, string>;
  en: () => Promise<{ default: Record<string, string> }>;
}

/** What a client module brings: its pages (with their roles and menu entries), strings and home cards. */
export interface ClientModule {
  name: string;
  routes: ModuleRoute[];
  locales: ModuleLocales;
  /** Its menu entries' labels; needed when a route has `nav`. */
  menu?: MenuLocales;
  /**
   * Other modules whose strings its pages and cards show (through their components, or by key):
   * loaded with its own before a page renders.
   */
  usesStringsOf?: string[];
  home?: HomeCard[];
  /** Parts it adds to other modules' pages. */
  parts?: PagePart[];
}

/**
 * Checks a module's manifest where it is written, and makes each of its pages and cards wait for
 * the module's strings (and those it borrows) as well as for its code. Menu labels and their hints
 * are the module's `menu` strings, which `i18n.ts` adds to the shared ones (`nav.<module>.*`).
 */
export function defineModule(module: ClientModule): ClientModule {
  const namespaces = [module.name, ...(module.usesStringsOf ?? [])];
  return {
    ...module,
    routes: module.routes.map((route) => ({ ...route, page: withStrings(route.page, route.strings ?? namespaces) })),
    home: module.home?.map((card) => ({ ...card, component: withStrings(card.component, card.strings ?? namespaces) })),
    parts: module.parts?.map((part) => ({ ...part, component: withStrings(part.component, part.strings ?? namespaces) })),
  };
}

/** Who may open a page, see a menu entry or a home card: any of the roles, and the ability. */
export interface Access {
  roles?: Role[];
  can?: Ability;
}

/** Whether the logged-in user passes an `Access`. */
export function useAllowed(): (access: Access) => boolean {
  const { user, hasRole, can } = useAuth();
  return useCallback(
    (access) => !!user && (!access.roles?.length || hasRole(...access.roles)) && (!access.can || can(access.can)),
    [user, hasRole, can],
  );
}

/** A menu entry with the path it opens and who sees it. */
export interface NavItem extends NavEntry, Access {
  to: string;
}

/** The menu of all modules, in order; each entry sees the roles of its route unless narrowed. */
export function navItems(modules: ClientModule[]): NavItem[] {
  return modules
    .flatMap((m) =>
      m.routes
        .filter((r) => r.nav && !r.public)
        .map((r) => ({ ...r.nav!, to: `/${r.path}`, roles: r.nav!.audience ?? r.roles, can: r.can })),
    )
    .sort((a, b) => a.order - b.order);
}

/** Sends a home card's first query, if it has one, ahead of the card's code; its answer lands in the cache. */
export function askFirstQuery(card: HomeCard | undefined, client: ApolloClient): void {
  card
    ?.firstQuery?.()
    .then((query) => client.query({ query }))
    .catch(() => undefined);
}

/** The home cards of all modules, in order. */
export function homeCards(modules: ClientModule[]): HomeCard[] {
  return modules.flatMap((m) => m.home ?? []).sort((a, b) => a.order - b.order);
}

const ModulesContext = createContext<ClientModule[]>([]);

/** Makes the app's modules known to the pages that are assembled from them (menu, home page). */
export const ModulesProvider = ModulesContext.Provider;

/** The app's modules, for what is assembled from them outside this file (a page's parts). */
export function useModules(): ClientModule[] {
  return useContext(ModulesContext);
}

/** The menu entries the current user sees. */
export function useNavItems(): NavItem[] {
  const modules = useContext(ModulesContext);
  const allowed = useAllowed();
  const all = useMemo(() => navItems(modules), [modules]);
  return useMemo(() => all.filter(allowed), [all, allowed]);
}

/** The home cards the current user sees. */
export function useHomeCards(): HomeCard[] {
  const modules = useContext(ModulesContext);
  const { user } = useAuth();
  const allowed = useAllowed();
  return useMemo(
    () => homeCards(modules).filter((card) => allowed(card) && (!card.employeeOnly || !!user?.employee)),
    [modules, user, allowed],
  );
}
