import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::clickbot-tree.clickbot-tree');
