/*
 * Bagalau configuration of Camunda Admin (users, groups, authorizations). Replaces the webjar's
 * app/admin/scripts/config.js (see docs/webapps.md, "How overriding works").
 */
import { bagalauWebapp } from '../../../assets/bagalau/webapp-config.js';

export default bagalauWebapp({
  name: 'Әкімшілік · Администрирование',
  // Complete Kazakh and Russian files (LocaleFilesTests): the browser's first language picks,
  // as in Tasklist; any other language gets Russian.
  locales: { availableLocales: ['kk', 'ru', 'en'], fallbackLocale: 'ru' }
});
