import { getConfig } from '../src/env';
import { ptvCronTasks } from '../src/ptv/cron';

export default () => {
  const config = getConfig();
  const tasks = ptvCronTasks(config);
  return {
    host: config.host,
    port: config.port,
    ...(config.publicUrl ? { url: config.publicUrl } : {}),
    app: { keys: [...config.secrets.appKeys] },
    // Scheduled PTV syncs; off unless PTV_SYNC_CRON / PTV_FULL_SYNC_CRON are set (tests leave them unset).
    cron: { enabled: Object.keys(tasks).length > 0, tasks },
  };
};
