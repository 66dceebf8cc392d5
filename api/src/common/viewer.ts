import { ObjectType } from 'type-graphql';
import type { Actor } from './actor';

/**
 * What the logged-in user may do across the app (which menus and pages to offer), in the style of
 * Outline's presented policies. Each module adds the abilities it decides as fields resolved by
 * its own policy, so the client asks instead of re-coding the rules.
 */
@ObjectType({ description: 'What the logged-in user may do across the app; each field is answered by the module that decides it' })
export class ViewerAbilities {
  /** Who is asking (not a field). */
  actor!: Actor;
}
