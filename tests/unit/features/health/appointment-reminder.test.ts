// @vitest-environment happy-dom
/**
 * The reminder overlay against a stubbed FHIR server: it appears N minutes
 * before a booked appointment, pauses what plays (an interruption), offers
 * the video link, and Back puts it away for that appointment.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Appointment, Bundle } from 'fhir/r4';
import { applyDefaults } from '@src/config/defaults';
import { ShellServices } from '@src/app/shell-services';
import type { HearthConfig } from '@src/config/types';
import { isInterrupted } from '@src/data/interruptions';
import { VIRTUAL_SERVICE_EXTENSION } from '@src/data/health/video-link';
import '@src/features/health/appointment-reminder';
import type { HearthAppointmentReminder } from '@src/features/health/appointment-reminder';

const BASE = 'https://fhir.example.org/r4';

function appointment(minutesAhead: number): Appointment {
  const start = Date.now() + minutesAhead * 60_000;
  return {
    resourceType: 'Appointment',
    id: 'a1',
    status: 'booked',
    start: new Date(start).toISOString(),
    end: new Date(start + 30 * 60_000).toISOString(),
    serviceType: [{ text: '心理咨询' }],
    participant: [
      { actor: { reference: 'Patient/p1' }, status: 'accepted' },
      { actor: { reference: 'Practitioner/d1', display: '周敏' }, status: 'accepted' },
    ],
    extension: [
      {
        url: VIRTUAL_SERVICE_EXTENSION,
        extension: [{ url: 'address', valueUrl: 'https://video.example.org/room/a1' }],
      },
    ],
  };
}

function serve(appointments: Appointment[]): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (input: string) => {
    asked.push(input);
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: appointments.map((resource) => ({ resource, search: { mode: 'match' } })),
    };
    return new Response(JSON.stringify(bundle), { status: 200 });
  });
  return asked;
}

function config(): HearthConfig {
  const base = applyDefaults({});
  return {
    ...base,
    features: ['health'],
    sources: {
      health: {
        fhirBaseUrl: BASE,
        patient: 'Patient/p1',
        token: 't',
        reminderMinutes: 15,
        videoHosts: [],
      },
    },
  };
}

async function mount(): Promise<HearthAppointmentReminder> {
  const element = document.createElement('hearth-appointment-reminder');
  element.config = config();
  element.services = new ShellServices(element.config);
  document.body.append(element);
  await vi.waitFor(() => {
    if (!element.shadowRoot?.querySelector('.panel')) throw new Error('not yet');
  });
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('<hearth-appointment-reminder>', () => {
  it('shows ten minutes before, with who and the video link, and pauses what plays', async () => {
    const asked = serve([appointment(10)]);

    const element = await mount();
    const panel = element.shadowRoot?.querySelector('.panel');

    expect(panel?.querySelector('h2')?.textContent).toContain('10 分钟后看医生');
    expect(panel?.textContent).toContain('周敏 · 心理咨询');
    expect(panel?.querySelector('hearth-health-video')).not.toBeNull();
    expect(isInterrupted()).toBe(true);
    expect(asked[0]).toContain(`${BASE}/Appointment?patient=Patient%2Fp1&date=ge`);
  });

  it('Back puts it away and lets the picture play again', async () => {
    serve([appointment(5)]);
    const element = await mount();
    const panel = element.shadowRoot?.querySelector('.panel');

    panel?.dispatchEvent(
      new CustomEvent('hearth-key', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: { key: 'Back', repeat: false, native: false, heldMs: 0 },
      }),
    );
    await element.updateComplete;

    expect(element.shadowRoot?.querySelector('.panel')).toBeNull();
    expect(isInterrupted()).toBe(false);
  });

  it('stays hidden while the appointment is further away than the reminder time', async () => {
    serve([appointment(40)]);
    const element = document.createElement('hearth-appointment-reminder');
    element.config = config();
    element.services = new ShellServices(element.config);
    document.body.append(element);
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(element.shadowRoot?.querySelector('.panel')).toBeNull();
    expect(isInterrupted()).toBe(false);
  });
});
