import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_HOME_ASSISTANT_TOKEN } from '@src/demo/endpoints';
import { DEMO_HA_VERSION, DEMO_HOME_CODE, DEMO_USER } from '@src/demo/home-assistant/demo-home';
import { COVER_STEP_MS } from '@src/demo/home-assistant/services/cover-services';
import { LOCK_TRAVEL_MS } from '@src/demo/home-assistant/services/lock-services';
import { createHarness, type Harness } from './protocol-harness';

let harness: Harness | undefined;

function open(options?: Parameters<typeof createHarness>[0]): Harness {
  harness = createHarness(options);
  return harness;
}

afterEach(() => {
  harness?.home.dispose();
  harness = undefined;
  vi.useRealTimers();
});

function stateOf(h: Harness, entityId: string): string | undefined {
  return h.home.getState(entityId)?.state;
}

describe('authentication', () => {
  it('asks for auth with the Home Assistant version as soon as the socket opens', () => {
    const h = open({ authenticate: false });

    expect(h.sent).toEqual([{ type: 'auth_required', ha_version: DEMO_HA_VERSION }]);
  });

  it('accepts the demo token with auth_ok', () => {
    const h = open({ authenticate: false });

    h.session.receive(JSON.stringify({ type: 'auth', access_token: DEMO_HOME_ASSISTANT_TOKEN }));

    expect(h.sent[1]).toEqual({ type: 'auth_ok', ha_version: DEMO_HA_VERSION });
    expect(h.closed()).toBe(false);
  });

  it('refuses a wrong token with auth_invalid, closes, and ignores later commands', () => {
    const h = open({ authenticate: false });

    h.session.receive(JSON.stringify({ type: 'auth', access_token: 'not-the-token' }));
    h.command({ type: 'get_states' });

    expect(h.sent[1]).toEqual({
      type: 'auth_invalid',
      message: 'Invalid access token or password',
    });
    expect(h.closed()).toBe(true);
    expect(h.sent).toHaveLength(2);
  });

  it('refuses a command sent before auth', () => {
    const h = open({ authenticate: false });

    h.command({ type: 'get_states' });

    expect(h.sent[1]?.['type']).toBe('auth_invalid');
    expect(h.closed()).toBe(true);
  });
});

describe('command envelope', () => {
  it('answers ping with pong', () => {
    const h = open();

    const id = h.command({ type: 'ping' });

    expect(h.sent.at(-1)).toEqual({ id, type: 'pong' });
  });

  it('rejects an id that does not increase', () => {
    const h = open();
    h.session.receive(JSON.stringify({ id: 5, type: 'ping' }));

    h.session.receive(JSON.stringify({ id: 5, type: 'ping' }));
    h.session.receive(JSON.stringify({ id: 3, type: 'ping' }));

    expect(h.sent.slice(-2)).toEqual([
      {
        id: 5,
        type: 'result',
        success: false,
        error: { code: 'id_reuse', message: 'Identifier values have to increase.' },
      },
      {
        id: 3,
        type: 'result',
        success: false,
        error: { code: 'id_reuse', message: 'Identifier values have to increase.' },
      },
    ]);
  });

  it('rejects a message without a usable id', () => {
    const h = open();

    h.session.receive(JSON.stringify({ type: 'ping' }));

    expect(h.sent.at(-1)).toMatchObject({
      id: 0,
      success: false,
      error: { code: 'invalid_format' },
    });
  });

  it('runs every command of a batched frame in order', () => {
    const h = open();

    h.session.receive(
      JSON.stringify([
        { id: 1, type: 'ping' },
        { id: 2, type: 'ping' },
      ]),
    );

    expect(h.sent.slice(-2)).toEqual([
      { id: 1, type: 'pong' },
      { id: 2, type: 'pong' },
    ]);
  });

  it('answers an unknown command with unknown_command', () => {
    const h = open();

    const id = h.command({ type: 'frobnicate' });

    expect(h.resultOf(id)).toMatchObject({ success: false, error: { code: 'unknown_command' } });
  });

  it('accepts supported_features', () => {
    const h = open();

    const id = h.command({ type: 'supported_features', features: { coalesce_messages: 1 } });

    expect(h.resultOf(id)).toEqual({ id, type: 'result', success: true, result: null });
  });
});

describe('get_states and get_config', () => {
  it('lists every entity of the flat with Home Assistant state fields', () => {
    const h = open();

    const id = h.command({ type: 'get_states' });

    const states = h.resultOf(id)?.['result'] as Array<Record<string, unknown>>;
    const ids = states.map((state) => state['entity_id']);
    expect(ids).toEqual(
      expect.arrayContaining([
        'light.living_room_ceiling',
        'cover.living_room_curtain',
        'climate.living_room_ac',
        'lock.front_door',
        'alarm_control_panel.home_security',
        'binary_sensor.kitchen_smoke',
        'event.doorbell',
        'camera.doorbell',
        'sensor.home_energy_today',
      ]),
    );
    for (const state of states) {
      expect(Object.keys(state).sort()).toEqual(
        ['attributes', 'context', 'entity_id', 'last_changed', 'last_updated', 'state'].sort(),
      );
    }
  });

  it('describes the flat in get_config', () => {
    const h = open();

    const id = h.command({ type: 'get_config' });

    expect(h.resultOf(id)?.['result']).toMatchObject({
      version: DEMO_HA_VERSION,
      time_zone: 'Asia/Shanghai',
      unit_system: { temperature: '°C' },
      state: 'RUNNING',
    });
  });

  it('lists the services a client may call in get_services', () => {
    const h = open();

    const id = h.command({ type: 'get_services' });

    const services = h.resultOf(id)?.['result'] as Record<string, Record<string, unknown>>;
    expect(Object.keys(services['light'] ?? {})).toEqual(['turn_on', 'turn_off', 'toggle']);
    expect(services['script']).toHaveProperty('sos_call');
    expect(services['notify']).toHaveProperty('family');
    expect(services['cover']?.['set_cover_position']).toMatchObject({
      fields: { position: { required: true } },
      target: { entity: [{ domain: ['cover'] }] },
    });
  });
});

describe('call_service', () => {
  it('turns a light on at a percentage and pushes state_changed to event subscribers', () => {
    const h = open();
    const sub = h.command({ type: 'subscribe_events', event_type: 'state_changed' });
    const before = h.home.getState('light.bedroom_light');

    const id = h.command({
      type: 'call_service',
      domain: 'light',
      service: 'turn_on',
      service_data: { brightness_pct: 50 },
      target: { entity_id: 'light.bedroom_light' },
    });

    const after = h.home.getState('light.bedroom_light');
    expect(after?.state).toBe('on');
    expect(after?.attributes['brightness']).toBe(128);
    expect(after?.last_changed).not.toBe(before?.last_changed);
    const result = h.resultOf(id);
    expect(result).toMatchObject({
      success: true,
      result: { context: { id: expect.any(String) } },
    });
    // The power sensor follows the light, so filter to the light's own change.
    const events = h
      .eventsFor(sub)
      .filter(
        (event) => (event['data'] as { entity_id: string }).entity_id === 'light.bedroom_light',
      );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      event_type: 'state_changed',
      data: {
        entity_id: 'light.bedroom_light',
        old_state: { state: 'off' },
        new_state: { state: 'on', attributes: { brightness: 128 } },
      },
    });
    // The change carries the call's context, and events precede the result.
    const resultContext = (result?.['result'] as { context: { id: string } }).context.id;
    expect((events[0]?.['context'] as { id: string }).id).toBe(resultContext);
    expect(h.sent.indexOf(result ?? {})).toBeGreaterThan(
      h.sent.findIndex((message) => message['id'] === sub && message['type'] === 'event'),
    );
  });

  it('sends subscribe_entities the whole flat compressed, then a diff per change', () => {
    const h = open();
    const sub = h.command({ type: 'subscribe_entities' });

    h.command({
      type: 'call_service',
      domain: 'light',
      service: 'turn_off',
      target: { entity_id: 'light.living_room_ceiling' },
    });

    const [initial, ...changes] = h.eventsFor(sub);
    const all = initial?.['a'] as Record<string, Record<string, unknown>>;
    expect(Object.keys(all)).toHaveLength(h.home.getStates().length);
    expect(all['light.living_room_ceiling']).toMatchObject({
      s: 'on',
      a: { brightness: 204, friendly_name: '客厅吸顶灯' },
      c: expect.any(String),
      lc: expect.any(Number),
    });
    expect(
      changes.find(
        (change) => 'c' in change && 'light.living_room_ceiling' in (change['c'] as object),
      ),
    ).toEqual({
      c: {
        'light.living_room_ceiling': {
          '+': {
            s: 'off',
            lc: expect.any(Number),
            // A call from the socket carries the user, so the context is not a bare id.
            c: { id: expect.any(String), user_id: DEMO_USER.id },
            a: { color_mode: null, brightness: null, color_temp_kelvin: null },
          },
        },
      },
    });
  });

  it('limits subscribe_entities to the entity_ids asked for', () => {
    const h = open();

    const sub = h.command({ type: 'subscribe_entities', entity_ids: ['lock.front_door'] });

    expect(Object.keys(h.eventsFor(sub)[0]?.['a'] as object)).toEqual(['lock.front_door']);
  });

  it('brings a light back at the brightness it had when turned on without one', () => {
    const h = open();
    const target = { entity_id: 'light.living_room_ceiling' };

    h.command({ type: 'call_service', domain: 'light', service: 'turn_off', target });
    h.command({ type: 'call_service', domain: 'light', service: 'turn_on', target });

    expect(h.home.getState('light.living_room_ceiling')?.attributes).toMatchObject({
      brightness: 204,
      color_temp_kelvin: 4000,
      color_mode: 'color_temp',
    });
  });

  it('acts on every matching entity of an area target', () => {
    const h = open();

    h.command({
      type: 'call_service',
      domain: 'cover',
      service: 'stop_cover',
      target: { area_id: 'bedroom' },
    });
    h.command({
      type: 'call_service',
      domain: 'light',
      service: 'turn_on',
      target: { area_id: 'kitchen' },
    });

    expect(stateOf(h, 'light.kitchen_light')).toBe('on');
    expect(stateOf(h, 'light.bedroom_light')).toBe('off');
  });

  it('toggles a plug and follows the load on the power sensor', () => {
    const h = open();
    const before = Number(h.home.getState('sensor.home_power')?.state);

    h.command({
      type: 'call_service',
      domain: 'switch',
      service: 'toggle',
      target: { entity_id: 'switch.balcony_washer_plug' },
    });

    expect(stateOf(h, 'switch.balcony_washer_plug')).toBe('on');
    expect(Number(h.home.getState('sensor.home_power')?.state)).toBe(before + 380);
  });

  it('sets a fan speed snapped to its steps', () => {
    const h = open();

    h.command({
      type: 'call_service',
      domain: 'fan',
      service: 'set_percentage',
      service_data: { percentage: 60 },
      target: { entity_id: 'fan.bedroom_fan' },
    });

    expect(h.home.getState('fan.bedroom_fan')).toMatchObject({
      state: 'on',
      attributes: { percentage: 67 },
    });
  });

  it('changes the air conditioner mode and target, refusing modes and temperatures it lacks', () => {
    const h = open();
    const target = { entity_id: 'climate.living_room_ac' };

    const heat = h.command({
      type: 'call_service',
      domain: 'climate',
      service: 'set_hvac_mode',
      service_data: { hvac_mode: 'heat' },
      target,
    });
    const warm = h.command({
      type: 'call_service',
      domain: 'climate',
      service: 'set_temperature',
      service_data: { temperature: 29 },
      target,
    });
    const auto = h.command({
      type: 'call_service',
      domain: 'climate',
      service: 'set_hvac_mode',
      service_data: { hvac_mode: 'auto' },
      target,
    });
    const hot = h.command({
      type: 'call_service',
      domain: 'climate',
      service: 'set_temperature',
      service_data: { temperature: 35 },
      target,
    });

    expect(h.resultOf(heat)?.['success']).toBe(true);
    expect(h.resultOf(warm)?.['success']).toBe(true);
    expect(h.home.getState('climate.living_room_ac')).toMatchObject({
      state: 'heat',
      attributes: { temperature: 29, hvac_action: 'heating' },
    });
    expect(h.resultOf(auto)).toMatchObject({
      success: false,
      error: { code: 'service_validation_error', translation_key: 'not_valid_hvac_mode' },
    });
    expect(h.resultOf(hot)).toMatchObject({
      success: false,
      error: { code: 'service_validation_error', translation_key: 'temp_out_of_range' },
    });
  });

  it('answers an unknown service with not_found', () => {
    const h = open();

    const id = h.command({ type: 'call_service', domain: 'light', service: 'explode' });
    const other = h.command({ type: 'call_service', domain: 'vacuum', service: 'start' });

    expect(h.resultOf(id)).toMatchObject({ success: false, error: { code: 'not_found' } });
    expect(h.resultOf(other)).toMatchObject({ success: false, error: { code: 'not_found' } });
  });

  it('rejects a brightness outside 0–100 % with invalid_format', () => {
    const h = open();

    const id = h.command({
      type: 'call_service',
      domain: 'light',
      service: 'turn_on',
      service_data: { entity_id: 'light.bedroom_light', brightness_pct: 140 },
    });

    expect(h.resultOf(id)).toMatchObject({ success: false, error: { code: 'invalid_format' } });
    expect(stateOf(h, 'light.bedroom_light')).toBe('off');
  });
});

describe('covers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('moves a curtain over a few seconds, reporting closing then closed', () => {
    const h = open();
    const sub = h.command({
      type: 'subscribe_entities',
      entity_ids: ['cover.living_room_curtain'],
    });

    h.command({
      type: 'call_service',
      domain: 'cover',
      service: 'close_cover',
      target: { entity_id: 'cover.living_room_curtain' },
    });

    expect(h.home.getState('cover.living_room_curtain')).toMatchObject({
      state: 'closing',
      attributes: { current_position: 100 },
    });
    vi.advanceTimersByTime(COVER_STEP_MS * 5);
    expect(h.home.getState('cover.living_room_curtain')).toMatchObject({
      state: 'closing',
      attributes: { current_position: 50 },
    });
    vi.advanceTimersByTime(COVER_STEP_MS * 5);
    expect(h.home.getState('cover.living_room_curtain')).toMatchObject({
      state: 'closed',
      attributes: { current_position: 0 },
    });
    const positions = h
      .eventsFor(sub)
      .slice(1)
      .map((event) => {
        const diff = (event['c'] as Record<string, { '+': { a?: { current_position?: number } } }>)[
          'cover.living_room_curtain'
        ];
        return diff?.['+'].a?.current_position;
      })
      .filter((position) => position !== undefined);
    expect(positions).toEqual([90, 80, 70, 60, 50, 40, 30, 20, 10, 0]);
  });

  it('stops half way, and a set position opens it from there', () => {
    const h = open();
    const target = { entity_id: 'cover.bedroom_curtain' };

    h.command({ type: 'call_service', domain: 'cover', service: 'open_cover', target });
    vi.advanceTimersByTime(COVER_STEP_MS * 3);
    h.command({ type: 'call_service', domain: 'cover', service: 'stop_cover', target });
    vi.advanceTimersByTime(COVER_STEP_MS * 10);

    expect(h.home.getState('cover.bedroom_curtain')).toMatchObject({
      state: 'open',
      attributes: { current_position: 30 },
    });

    h.command({
      type: 'call_service',
      domain: 'cover',
      service: 'set_cover_position',
      service_data: { position: 45 },
      target,
    });
    expect(stateOf(h, 'cover.bedroom_curtain')).toBe('opening');
    vi.advanceTimersByTime(COVER_STEP_MS * 2);
    expect(h.home.getState('cover.bedroom_curtain')).toMatchObject({
      state: 'open',
      attributes: { current_position: 45 },
    });
  });
});

describe('alarm panel and lock', () => {
  const panel = { entity_id: 'alarm_control_panel.home_security' };

  it('fails to arm with a wrong code as Home Assistant does, leaving the panel disarmed', () => {
    const h = open();

    const id = h.command({
      type: 'call_service',
      domain: 'alarm_control_panel',
      service: 'alarm_arm_away',
      service_data: { code: '0000' },
      target: panel,
    });

    expect(h.resultOf(id)).toEqual({
      id,
      type: 'result',
      success: false,
      error: {
        code: 'service_validation_error',
        message: 'Validation error: Invalid alarm code provided',
        translation_domain: 'manual',
        translation_key: 'invalid_code',
      },
    });
    expect(stateOf(h, panel.entity_id)).toBe('disarmed');
  });

  it('requires a code to arm, then arms and disarms with the right one', () => {
    const h = open();

    const noCode = h.command({
      type: 'call_service',
      domain: 'alarm_control_panel',
      service: 'alarm_arm_home',
      target: panel,
    });
    expect(h.resultOf(noCode)).toMatchObject({
      success: false,
      error: { translation_key: 'code_arm_required' },
    });

    h.command({
      type: 'call_service',
      domain: 'alarm_control_panel',
      service: 'alarm_arm_home',
      service_data: { code: DEMO_HOME_CODE },
      target: panel,
    });
    expect(stateOf(h, panel.entity_id)).toBe('armed_home');

    const disarm = h.command({
      type: 'call_service',
      domain: 'alarm_control_panel',
      service: 'alarm_disarm',
      service_data: { code: DEMO_HOME_CODE },
      target: panel,
    });
    expect(h.resultOf(disarm)?.['success']).toBe(true);
    expect(stateOf(h, panel.entity_id)).toBe('disarmed');
  });

  it('unlocks the front door only with the code, passing through unlocking', () => {
    vi.useFakeTimers();
    const h = open();
    const door = { entity_id: 'lock.front_door' };

    const wrong = h.command({
      type: 'call_service',
      domain: 'lock',
      service: 'unlock',
      service_data: { code: '9999' },
      target: door,
    });
    h.command({
      type: 'call_service',
      domain: 'lock',
      service: 'unlock',
      service_data: { code: DEMO_HOME_CODE },
      target: door,
    });

    expect(h.resultOf(wrong)).toMatchObject({
      success: false,
      error: { code: 'service_validation_error', translation_key: 'invalid_code' },
    });
    expect(stateOf(h, door.entity_id)).toBe('unlocking');
    vi.advanceTimersByTime(LOCK_TRAVEL_MS);
    expect(stateOf(h, door.entity_id)).toBe('unlocked');
  });
});

describe('SOS: script and notify', () => {
  it('runs script.sos_call: notifies the family, lights up, fires script_started', () => {
    const h = open();
    const sub = h.command({ type: 'subscribe_events' });

    const id = h.command({ type: 'call_service', domain: 'script', service: 'sos_call' });

    expect(h.resultOf(id)?.['success']).toBe(true);
    const calls = h.home.serviceCalls.map((call) => `${call.domain}.${call.service}`);
    expect(calls).toEqual(['script.sos_call', 'notify.family', 'light.turn_on']);
    const types = h.eventsFor(sub).map((event) => event['event_type']);
    expect(types).toContain('script_started');
    expect(types).toContain('demo_notify');
    expect(stateOf(h, 'light.kitchen_light')).toBe('on');
    expect(stateOf(h, 'script.sos_call')).toBe('off');
    expect(h.home.getState('script.sos_call')?.attributes['last_triggered']).toEqual(
      expect.any(String),
    );
  });

  it('records a notification and requires a message', () => {
    const h = open();
    const sub = h.command({ type: 'subscribe_events', event_type: 'demo_notify' });

    const sent = h.command({
      type: 'call_service',
      domain: 'notify',
      service: 'notify',
      service_data: { message: '测试' },
    });
    const empty = h.command({ type: 'call_service', domain: 'notify', service: 'notify' });

    expect(h.resultOf(sent)?.['success']).toBe(true);
    expect(h.eventsFor(sub)[0]).toMatchObject({
      data: { service: 'notify.notify', message: '测试' },
    });
    expect(h.resultOf(empty)).toMatchObject({ success: false, error: { code: 'invalid_format' } });
  });
});

describe('subscriptions', () => {
  it('stops sending events after unsubscribe_events and rejects unknown subscriptions', () => {
    const h = open();
    const sub = h.command({ type: 'subscribe_events', event_type: 'state_changed' });
    const unsub = h.command({ type: 'unsubscribe_events', subscription: sub });

    h.home.triggerDemoEvent('smoke');
    const again = h.command({ type: 'unsubscribe_events', subscription: sub });

    expect(h.resultOf(unsub)?.['success']).toBe(true);
    expect(h.eventsFor(sub)).toHaveLength(0);
    expect(h.resultOf(again)).toMatchObject({ success: false, error: { code: 'not_found' } });
  });

  it('stops every subscription when the session closes', () => {
    const h = open();
    h.command({ type: 'subscribe_entities' });
    const count = h.sent.length;

    h.session.close();
    h.home.triggerDemoEvent('gas');

    expect(h.sent).toHaveLength(count);
  });
});

describe('registries', () => {
  it('lists the six rooms, devices in them, and entities on those devices', () => {
    const h = open();

    const areasId = h.command({ type: 'config/area_registry/list' });
    const devicesId = h.command({ type: 'config/device_registry/list' });
    const entitiesId = h.command({ type: 'config/entity_registry/list' });

    const areas = h.resultOf(areasId)?.['result'] as Array<{ area_id: string; name: string }>;
    const devices = h.resultOf(devicesId)?.['result'] as Array<{ id: string; area_id: string }>;
    const entities = h.resultOf(entitiesId)?.['result'] as Array<{
      entity_id: string;
      device_id: string | null;
    }>;
    expect(areas.map((area) => area.name)).toEqual([
      '客厅',
      '主卧',
      '厨房',
      '卫生间',
      '玄关',
      '阳台',
    ]);
    const areaIds = new Set(areas.map((area) => area.area_id));
    for (const device of devices) expect(areaIds).toContain(device.area_id);
    const deviceIds = new Set(devices.map((device) => device.id));
    for (const entity of entities) {
      if (entity.device_id !== null) expect(deviceIds).toContain(entity.device_id);
    }
    const stateIds = h.home.getStates().map((state) => state.entity_id);
    expect(entities.map((entity) => entity.entity_id).sort()).toEqual([...stateIds].sort());
  });
});

describe('hearth_demo/trigger', () => {
  it('raises smoke through the socket and answers with a result', () => {
    const h = open();

    const id = h.command({ type: 'hearth_demo/trigger', kind: 'smoke' });

    expect(h.resultOf(id)).toEqual({ id, type: 'result', success: true, result: null });
    expect(stateOf(h, 'binary_sensor.kitchen_smoke')).toBe('on');
  });

  it('rejects an unknown kind', () => {
    const h = open();

    const id = h.command({ type: 'hearth_demo/trigger', kind: 'earthquake' });

    expect(h.resultOf(id)).toMatchObject({ success: false, error: { code: 'invalid_format' } });
  });
});
