import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::professional-instruction.professional-instruction');
