import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::triage-protocol.triage-protocol');
