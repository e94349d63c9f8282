/**
 * The alarm watcher on the household's Home Assistant connection
 * (data/home/household-home.ts): started with the shell's always-on overlay,
 * since alarms must reach the screen whatever area is open.
 */
import { defineService } from '../../app/shell-services.js';
import { AlarmWatcher } from '../../data/home/alarm-watcher.js';
import { householdHomeService } from '../../data/home/household-home.js';

export const alarmWatcherService = defineService<AlarmWatcher | null>({
  name: 'home.alarms',
  create: (_config, services) => {
    const home = services.get(householdHomeService);
    return home ? new AlarmWatcher(home) : null;
  },
  stop: (watcher) => watcher.dispose(),
});
