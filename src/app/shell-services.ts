/**
 * The one registry of services made from the operator's config: the household's
 * Home Assistant connection, the FHIR client, the warning and notice feeds.
 * The shell owns it and provides it through @lit/context (`servicesContext`),
 * so every area reaches a service the same way, each is made once on first
 * use, and a new config stops them all and makes them again from it, none
 * left holding the old one.
 *
 * A service is declared beside the code that uses it (`defineService` in the
 * area, or in data/ when two areas share it), not here: the shell knows no area.
 * What does not depend on the config (IndexedDB, the form engine's compiled
 * formats) stays a module of its own.
 */
import { createContext } from '@lit/context';
import type { HearthConfig } from '../config/types.js';

export interface ServiceDefinition<T> {
  /** For the log. */
  readonly name: string;
  /** Made on first use; `services` reaches the services this one is built on. */
  create(config: HearthConfig, services: ShellServices): T;
  /** Stops what `create` started (polling, a socket) when the config changes. */
  stop?(service: NonNullable<T>): void;
}

/** Declares a service; the object itself is the key it is found by. */
export function defineService<T>(definition: ServiceDefinition<T>): ServiceDefinition<T> {
  return definition;
}

export class ShellServices {
  private readonly _made = new Map<ServiceDefinition<unknown>, unknown>();

  constructor(private _config: HearthConfig) {}

  get config(): HearthConfig {
    return this._config;
  }

  get<T>(definition: ServiceDefinition<T>): T {
    if (this._made.has(definition)) return this._made.get(definition) as T;
    const service = definition.create(this._config, this);
    this._made.set(definition, service);
    return service;
  }

  /** A different config: every service made from the old one stops, and is made afresh on next use. */
  reconfigure(config: HearthConfig): void {
    if (config === this._config) return;
    this.stopAll();
    this._config = config;
  }

  stopAll(): void {
    for (const [definition, service] of this._made) {
      if (service === null || service === undefined) continue;
      try {
        definition.stop?.(service);
      } catch (error) {
        console.error(`[hearth:services] ${definition.name} did not stop cleanly`, error);
      }
    }
    this._made.clear();
  }
}

export const servicesContext = createContext<ShellServices>(Symbol('hearth-services'));
