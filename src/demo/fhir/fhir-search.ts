/**
 * Search over the demo FHIR store: the parameters the portal's scheduling flow
 * uses, `_sort` and `_include`. Repeating a parameter ANDs it, commas inside a
 * value OR it (FHIR R4 search rules). Unknown parameters are ignored, as FHIR
 * servers do by default ("lenient" handling).
 */
import type {
  Appointment,
  FhirResource,
  HealthcareService,
  PractitionerRole,
  Reference,
  Schedule,
  Slot,
} from './fhir-types';
import type { FhirStore, SearchableType } from './fhir-store';
import { fhirError } from './operation-outcome';
import {
  dateMatches,
  identifierMatches,
  parseDateParam,
  referenceMatches,
  tokenMatches,
} from './search-params';

type Matcher = (resource: FhirResource, value: string) => boolean;

function dateMatcher(read: (resource: FhirResource) => string | undefined): Matcher {
  return (resource, value) => {
    const param = parseDateParam(value);
    if (!param) {
      throw fhirError(400, 'invalid', {
        zh: `日期参数格式不正确：${value}`,
        en: `Not a FHIR date: ${value}`,
      });
    }
    return dateMatches(read(resource), param);
  };
}

const byId: Matcher = (resource, value) => resource.id === value;
const asService = (resource: FhirResource): HealthcareService => resource as HealthcareService;
const asRole = (resource: FhirResource): PractitionerRole => resource as PractitionerRole;
const asSchedule = (resource: FhirResource): Schedule => resource as Schedule;
const asSlot = (resource: FhirResource): Slot => resource as Slot;
const asAppointment = (resource: FhirResource): Appointment => resource as Appointment;
const activeMatcher: Matcher = (resource, value) =>
  String((resource as { active?: boolean }).active ?? true) === value;
const actors = (resource: FhirResource): Reference[] =>
  asAppointment(resource).participant.flatMap((participant) =>
    participant.actor ? [participant.actor] : [],
  );

const MATCHERS: Readonly<Record<SearchableType, Readonly<Record<string, Matcher>>>> = {
  HealthcareService: {
    _id: byId,
    active: activeMatcher,
    specialty: (resource, value) => tokenMatches(asService(resource).specialty, value),
    name: (resource, value) =>
      (asService(resource).name ?? '').toLowerCase().startsWith(value.toLowerCase()),
  },
  Practitioner: { _id: byId, active: activeMatcher },
  PractitionerRole: {
    _id: byId,
    active: activeMatcher,
    practitioner: (resource, value) => referenceMatches(asRole(resource).practitioner, value),
    service: (resource, value) =>
      (asRole(resource).healthcareService ?? []).some((ref) => referenceMatches(ref, value)),
    specialty: (resource, value) => tokenMatches(asRole(resource).specialty, value),
  },
  Schedule: {
    _id: byId,
    active: activeMatcher,
    actor: (resource, value) =>
      asSchedule(resource).actor.some((ref) => referenceMatches(ref, value)),
    specialty: (resource, value) => tokenMatches(asSchedule(resource).specialty, value),
  },
  Slot: {
    _id: byId,
    schedule: (resource, value) => referenceMatches(asSlot(resource).schedule, value),
    status: (resource, value) => asSlot(resource).status === value,
    start: dateMatcher((resource) => asSlot(resource).start),
    specialty: (resource, value) => tokenMatches(asSlot(resource).specialty, value),
  },
  Appointment: {
    _id: byId,
    status: (resource, value) => asAppointment(resource).status === value,
    date: dateMatcher((resource) => asAppointment(resource).start),
    identifier: (resource, value) => identifierMatches(asAppointment(resource).identifier, value),
    slot: (resource, value) =>
      (asAppointment(resource).slot ?? []).some((ref) => referenceMatches(ref, value)),
    actor: (resource, value) => actors(resource).some((ref) => referenceMatches(ref, value)),
    patient: (resource, value) =>
      actors(resource).some(
        (ref) => ref.reference?.includes('Patient/') === true && referenceMatches(ref, value),
      ),
    practitioner: (resource, value) =>
      actors(resource).some(
        (ref) => ref.reference?.includes('Practitioner/') === true && referenceMatches(ref, value),
      ),
  },
  Patient: { _id: byId },
};

/** The sort keys `_sort` accepts, per type: both name an instant. */
const SORT_KEYS: Readonly<
  Partial<Record<SearchableType, Record<string, (r: FhirResource) => string>>>
> = {
  Slot: { start: (resource) => asSlot(resource).start },
  Appointment: { date: (resource) => asAppointment(resource).start ?? '' },
};

export function isSearchableType(type: string): type is SearchableType {
  return Object.prototype.hasOwnProperty.call(MATCHERS, type);
}

/** The resources of `type` matching `params`, sorted as asked (every match, no paging). */
export function searchResources(
  store: FhirStore,
  type: SearchableType,
  params: URLSearchParams,
): FhirResource[] {
  const matchers = MATCHERS[type];
  let results = store.all(type);
  for (const [name, value] of params) {
    const matcher = matchers[name];
    if (!matcher) continue;
    const alternatives = value.split(',');
    results = results.filter((resource) => alternatives.some((alt) => matcher(resource, alt)));
  }
  const sort = params.get('_sort');
  if (sort) {
    const descending = sort.startsWith('-');
    const key = SORT_KEYS[type]?.[descending ? sort.slice(1) : sort];
    if (key) {
      results = [...results].sort((a, b) => {
        const order =
          Date.parse(key(a)) - Date.parse(key(b)) || (a.id ?? '').localeCompare(b.id ?? '');
        return descending ? -order : order;
      });
    }
  }
  return results;
}

/** References followed by each `_include` value the demo supports. */
const INCLUDES: Readonly<Record<string, (resource: FhirResource) => Reference[]>> = {
  'PractitionerRole:practitioner': (resource) => {
    const practitioner = asRole(resource).practitioner;
    return practitioner ? [practitioner] : [];
  },
  'PractitionerRole:service': (resource) => asRole(resource).healthcareService ?? [],
  'Schedule:actor': (resource) => asSchedule(resource).actor,
  'Slot:schedule': (resource) => [asSlot(resource).schedule],
  'Appointment:actor': actors,
  'Appointment:practitioner': (resource) =>
    actors(resource).filter((ref) => ref.reference?.includes('Practitioner/') === true),
  'Appointment:slot': (resource) => asAppointment(resource).slot ?? [],
};

/** The resources that `_include` adds to a page of matches, each once. */
export function resolveIncludes(
  store: FhirStore,
  page: readonly FhirResource[],
  includes: readonly string[],
): FhirResource[] {
  const seen = new Set(page.map((resource) => `${resource.resourceType}/${resource.id ?? ''}`));
  const included: FhirResource[] = [];
  for (const include of includes) {
    const follow = INCLUDES[include];
    if (!follow) continue;
    for (const resource of page) {
      if (!include.startsWith(`${resource.resourceType}:`)) continue;
      for (const ref of follow(resource)) {
        const [type = '', id = ''] = (ref.reference ?? '').split('/').slice(-2);
        const key = `${type}/${id}`;
        if (seen.has(key) || !isSearchableType(type)) continue;
        const target = store.read(type, id);
        if (target) {
          seen.add(key);
          included.push(target);
        }
      }
    }
  }
  return included;
}
