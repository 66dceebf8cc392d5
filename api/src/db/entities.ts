import { modules } from '../modules';

/** Every entity, from the module manifests, listed explicitly so discovery works the same from source and from dist. */
export const entities = modules.flatMap((module) => module.entities ?? []);
