/**
 * The catalogue contract as JSON Schema 2020-12 (docs/service-catalog.schema.json):
 * what an operator's gateway must serve at its catalogue URL. The demo catalogue
 * is checked against it in the tests.
 */
import schema from '../../../docs/service-catalog.schema.json';

export const catalogSchema: Readonly<Record<string, unknown>> = schema;
