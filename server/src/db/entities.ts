import { Centre } from '../modules/centre/centre.entity';
import { Organisation } from '../modules/organisation/organisation.entity';

/** Every entity, listed explicitly so discovery behaves the same from src/ (tests) and dist/. */
export const entities = [Organisation, Centre];
