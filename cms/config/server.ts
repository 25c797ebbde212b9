import { getConfig } from '../src/env';

export default () => {
  const config = getConfig();
  return {
    host: config.host,
    port: config.port,
    ...(config.publicUrl ? { url: config.publicUrl } : {}),
    app: { keys: [...config.secrets.appKeys] },
  };
};
