import { getConfig } from '../src/env';

export default () => {
  const config = getConfig();
  return {
    // Tests and headless deployments run without the (separately built) admin panel.
    serveAdminPanel: config.serveAdmin,
    auth: { secret: config.secrets.adminJwtSecret },
    apiToken: { salt: config.secrets.apiTokenSalt },
    transfer: { token: { salt: config.secrets.transferTokenSalt } },
    secrets: { encryptionKey: config.secrets.encryptionKey },
    flags: { nps: false, promoteEE: false },
  };
};
