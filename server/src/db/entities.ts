import { MODULES } from '../all-modules';

/** Every entity, from the modules' manifests (listed explicitly, not discovered from files, so src/ and dist/ behave alike). */
export const entities = MODULES.flatMap((module) => module.entities ?? []);
