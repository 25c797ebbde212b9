import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::self-care-guide.self-care-guide');
