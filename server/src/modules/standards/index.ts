/**
 * The standards module's public surface (for accreditation): the entities and enums, and the two
 * readers. A published or retired version never changes (the database refuses it), so an
 * assessment that names a set and its standards' ids can rely on them for ever.
 */
export { Standard, StandardArea, StandardSet } from './standard-set.entity';
export { KIND_WORDS, StandardSetKind, StandardSetStatus } from './standards.enums';
export { areasOf, publishedSet, standardsOf } from './standards.read';
