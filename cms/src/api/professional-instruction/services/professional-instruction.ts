import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::professional-instruction.professional-instruction');
