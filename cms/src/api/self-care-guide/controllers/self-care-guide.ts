import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::self-care-guide.self-care-guide');
