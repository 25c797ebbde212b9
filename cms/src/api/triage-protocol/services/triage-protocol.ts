import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::triage-protocol.triage-protocol');
