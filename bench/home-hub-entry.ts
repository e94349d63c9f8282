// What bench/home-hub.mjs imports from the tests' support code, as one module to bundle.
export { startHomeAssistantServer } from '../tests/support/ha-server';
export { areaIdOf } from '../tests/support/fixture-home';
