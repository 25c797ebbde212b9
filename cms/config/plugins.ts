import { getConfig } from '../src/env';

export default () => ({
  'users-permissions': {
    config: { jwtSecret: getConfig().secrets.jwtSecret },
  },
});
