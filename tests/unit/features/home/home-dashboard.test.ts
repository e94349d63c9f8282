// @vitest-environment happy-dom
/**
 * The My Home dashboard against the Home Assistant test server: tiles follow
 * the hub one by one, and the controls that need more than one press (a lock
 * behind the household PIN, air conditioning, the alarm panel with its code)
 * send the calls Home Assistant expects.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { applyDefaults } from '@src/config/defaults';
import { servicesShell, type ServicesShell } from '../../../support/shell-services-provider';
import { householdPinService } from '@src/data/household-pin/pin-lock';
import '@src/features/home/home-dashboard';
import type { HearthHomeDashboard } from '@src/features/home/home-dashboard';
import { startHomeAssistantServer, type HomeAssistantServer } from '../../../support/ha-server';
import { until } from '../../data/home/wait';

const TOKEN = 'llat-dashboard-test-4c2e';
let hub: HomeAssistantServer;
let dashboard: HearthHomeDashboard | null = null;
let shell: ServicesShell | null = null;
/** The portal's PIN lock, as the dashboard has it. */
const pin = () => theShell().services.get(householdPinService);
const printed: string[] = [];

beforeAll(async () => {
  // happy-dom's WebSocket has no instance OPEN constant, which the client library reads.
  vi.stubGlobal('WebSocket', NodeWebSocket);
  // The demo flat: a lock and an alarm panel with codes (1234), air conditioning, a camera.
  hub = await startHomeAssistantServer({ host: '127.0.0.1', token: TOKEN });
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
    });
  }
});

afterAll(async () => {
  vi.restoreAllMocks();
  await hub.dispose();
});

afterEach(() => {
  shell?.element.remove();
  // Each test's connection to the hub closes with it (the lock locks), as a new config's would.
  shell?.services.stopAll();
  shell = null;
  dashboard = null;
});

const root = () => dashboard?.shadowRoot ?? null;
const tile = (id: string) => root()?.querySelector<HTMLElement>(`.tile[data-entity="${id}"]`);
const inDialog = <T extends Element = HTMLElement>(selector: string): T | null => {
  const controls = root()?.querySelector('hearth-home-controls');
  return (
    controls?.shadowRoot?.querySelector<T>(selector) ??
    controls?.shadowRoot
      ?.querySelector('hearth-home-code-pad')
      ?.shadowRoot?.querySelector<T>(selector) ??
    null
  );
};
const lastCall = () => hub.serviceCalls.at(-1);

/** The shell around the dashboard: made by the first of open() and pin(). */
function theShell(): ServicesShell {
  shell ??= servicesShell(
    applyDefaults({
      features: ['home'],
      sources: { home: { url: hub.url, token: TOKEN, thresholds: { pm25: 10 } } },
    }),
  );
  return shell;
}

async function open(): Promise<void> {
  const { element, services } = theShell();
  dashboard = document.createElement('hearth-home-dashboard');
  dashboard.config = services.config;
  element.append(dashboard);
  await until(() => !!tile('light.living_room_ceiling'), 'the tiles', 5_000);
}

async function typeCode(code: string): Promise<void> {
  for (const digit of code) {
    await until(() => !!inDialog(`[data-key="${digit}"]`), 'the code pad');
    inDialog<HTMLButtonElement>(`[data-key="${digit}"]`)?.click();
  }
}

describe('the My Home dashboard', () => {
  it('redraws only the tile whose entity changed', async () => {
    await open();
    const changedText: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const owner = record.target.parentElement?.closest('[data-entity]');
        changedText.push(owner?.getAttribute('data-entity') ?? '?');
      }
    });
    observer.observe(root() as ShadowRoot, { subtree: true, characterData: true, childList: true });

    hub.setState('sensor.bedroom_humidity', '61');
    await until(
      () => tile('sensor.bedroom_humidity')?.textContent?.includes('61') === true,
      'the new humidity',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();

    expect(new Set(changedText)).toEqual(new Set(['sensor.bedroom_humidity']));
  });

  it('marks a reading past its threshold in words', async () => {
    await open();
    // thresholds.pm25 is 10 here; the demo's PM2.5 reads 12.
    const reading = root()?.querySelector('.tile.reading[data-entity="sensor.living_room_pm25"]');
    expect(reading?.textContent).toContain('超标');
  });

  it('asks for the household PIN before unlocking, then the lock’s code, and sends it', async () => {
    await pin().setPin('246810');
    pin().lock();
    await open();
    tile('lock.front_door')?.click();
    await until(() => !!root()?.querySelector('hearth-home-controls'), 'the dialog');
    const controls = root()?.querySelector('hearth-home-controls');
    await until(() => !!controls?.shadowRoot?.querySelector('hearth-pin-unlock'), 'the PIN pad');
    expect(hub.serviceCalls.filter((c) => c.domain === 'lock')).toEqual([]);

    await pin().unlock('246810');
    controls?.shadowRoot
      ?.querySelector('hearth-pin-unlock')
      ?.dispatchEvent(new CustomEvent('hearth-unlocked', { bubbles: true, composed: true }));
    await typeCode('1234');

    await until(() => lastCall()?.domain === 'lock', 'the unlock call');
    expect(lastCall()).toEqual({
      domain: 'lock',
      service: 'unlock',
      service_data: { code: '1234' },
      target: { entity_id: 'lock.front_door' },
    });
    await until(
      () => hub.home.getState('lock.front_door')?.state === 'unlocked',
      'the bolt',
      4_000,
    );
  });

  it('unlocks at once when the PIN was entered recently and the lock has no code', async () => {
    hub.setState('lock.front_door', 'locked', { code_format: null });
    await pin().setPin('246810'); // leaves the lock open, as entering it elsewhere does
    await open();
    const before = hub.serviceCalls.length;

    tile('lock.front_door')?.click();

    await until(() => hub.serviceCalls.length === before + 1, 'the unlock call');
    expect(lastCall()).toMatchObject({ domain: 'lock', service: 'unlock' });
    expect(root()?.querySelector('hearth-home-controls')).toBeNull();
    hub.setState('lock.front_door', 'locked', { code_format: '^\\d{4}$' });
  });

  it('moves the air conditioning’s target by its step with climate.set_temperature', async () => {
    await open();
    tile('climate.living_room_ac')?.click();
    await until(() => !!inDialog('[data-action="warmer"]'), 'the climate controls');

    inDialog<HTMLButtonElement>('[data-action="warmer"]')?.click();

    await until(() => lastCall()?.domain === 'climate', 'the climate call');
    expect(lastCall()).toEqual({
      domain: 'climate',
      service: 'set_temperature',
      service_data: { temperature: 27 }, // 26 °C, the demo's step is 1
      target: { entity_id: 'climate.living_room_ac' },
    });
  });

  it('disarms the alarm panel with its code, and never logs the code', async () => {
    hub.setState('alarm_control_panel.home_security', 'armed_away');
    await open();
    tile('alarm_control_panel.home_security')?.click();
    await until(() => !!inDialog('[data-action="alarm_disarm"]'), 'the panel controls');
    inDialog<HTMLButtonElement>('[data-action="alarm_disarm"]')?.click();
    await typeCode('1234');
    inDialog<HTMLButtonElement>('[data-key="confirm"]')?.click();

    await until(() => lastCall()?.domain === 'alarm_control_panel', 'the disarm call');
    expect(lastCall()).toEqual({
      domain: 'alarm_control_panel',
      service: 'alarm_disarm',
      service_data: { code: '1234' },
      target: { entity_id: 'alarm_control_panel.home_security' },
    });
    await until(
      () => tile('alarm_control_panel.home_security')?.textContent?.includes('已撤防') === true,
      'disarmed',
    );
  });

  it('rolls back a wrong code and says so', async () => {
    hub.setState('alarm_control_panel.home_security', 'armed_away');
    await open();
    tile('alarm_control_panel.home_security')?.click();
    await until(() => !!inDialog('[data-action="alarm_disarm"]'), 'the panel controls');
    inDialog<HTMLButtonElement>('[data-action="alarm_disarm"]')?.click();
    await typeCode('9999');
    inDialog<HTMLButtonElement>('[data-key="confirm"]')?.click();

    await until(
      () => root()?.querySelector('.problem')?.textContent?.includes('密码不对') === true,
      'the refusal',
    );
    expect(tile('alarm_control_panel.home_security')?.textContent).toContain('离家布防');
    expect(hub.home.getState('alarm_control_panel.home_security')?.state).toBe('armed_away');
    expect(printed.join('\n')).not.toContain('9999');
    expect(printed.join('\n')).not.toContain(TOKEN);
  });
});
