/**
 * What <hearth-app> gives every screen through @lit/context, for a screen
 * mounted on its own in a unit test: an element providing the shell's services
 * made from `config`, to append the screen into.
 */
import { ContextProvider } from '@lit/context';
import { servicesContext, ShellServices } from '@src/app/shell-services';
import type { HearthConfig } from '@src/config/types';

export interface ServicesShell {
  element: HTMLElement;
  services: ShellServices;
}

export function servicesShell(config: HearthConfig): ServicesShell {
  const element = document.createElement('div');
  const services = new ShellServices(config);
  new ContextProvider(element, { context: servicesContext, initialValue: services });
  document.body.append(element);
  return { element, services };
}
