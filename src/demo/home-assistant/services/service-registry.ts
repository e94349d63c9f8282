import type { DemoHome } from '../home-state';
import { alarmPanelServices } from './alarm-panel-services';
import { climateServices } from './climate-services';
import { coverServices } from './cover-services';
import { fanServices } from './fan-services';
import { lightServices } from './light-services';
import { lockServices } from './lock-services';
import { notifyServices, scriptServices } from './script-notify-services';
import { resolveTargetEntities, type DomainServices, type ServiceDefinition } from './service-call';
import { switchServices } from './switch-services';

/**
 * Every service the demo flat offers, by domain, as Home Assistant's service
 * registry would list them. `homeassistant.turn_on/turn_off/toggle` forward to
 * each target's own domain, as Home Assistant's generic services do.
 */

const GENERIC = ['turn_on', 'turn_off', 'toggle'] as const;

function homeassistantServices(): DomainServices {
  const services: DomainServices = {};
  for (const service of GENERIC) {
    services[service] = {
      entityService: false,
      handler: (home, call) => {
        const byDomain = new Map<string, string[]>();
        for (const domain of ['light', 'switch', 'fan', 'cover', 'climate', 'script']) {
          const ids = resolveTargetEntities(home, domain, call.target);
          if (ids.length > 0) byDomain.set(domain, ids);
        }
        for (const [domain, ids] of byDomain) {
          // Covers open and close rather than turn on and off.
          const forwarded =
            domain === 'cover'
              ? { turn_on: 'open_cover', turn_off: 'close_cover', toggle: 'toggle' }[service]
              : service;
          home.callService(
            { domain, service: forwarded, service_data: call.data, target: { entity_id: ids } },
            call.context,
          );
        }
      },
    };
  }
  return services;
}

/** The services of every domain, built for this home (scripts and notify targets vary). */
export function demoServices(home: DemoHome): Record<string, DomainServices> {
  return {
    homeassistant: homeassistantServices(),
    light: lightServices,
    switch: switchServices,
    fan: fanServices,
    cover: coverServices,
    climate: climateServices,
    lock: lockServices,
    alarm_control_panel: alarmPanelServices,
    script: scriptServices(home),
    notify: notifyServices(home),
  };
}

export function findService(
  home: DemoHome,
  domain: string,
  service: string,
): ServiceDefinition | undefined {
  const services = demoServices(home)[domain];
  return services && Object.prototype.hasOwnProperty.call(services, service)
    ? services[service]
    : undefined;
}
