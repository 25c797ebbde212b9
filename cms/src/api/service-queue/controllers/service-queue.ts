import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::service-queue.service-queue');
