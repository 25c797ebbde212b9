import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::clickbot-tree.clickbot-tree');
