/**
 * The Home Assistant fixtures by name, for tests that only need states
 * (tests/fixtures/home-assistant/; registries are made up by fixture-home.ts).
 */
export {
  FIXTURE_ROOMS,
  loadFixtureStates as fixtureStates,
  roomOf,
  seedFromStates,
  type FixtureName,
  type FixtureState,
} from './fixture-home';
