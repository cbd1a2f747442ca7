/*
 * Bagalau configuration of Camunda Admin (users, groups, authorizations). Replaces the webjar's
 * app/admin/scripts/config.js (see docs/webapps.md, "How overriding works").
 */
import { bagalauWebapp } from '../../../assets/bagalau/webapp-config.js';

export default bagalauWebapp({
  name: 'Әкімшілік · Администрирование',
  // ru.json translates users, groups, authorizations and system pages; the licence, metrics
  // and tenant labels fall back to English, so the fallback must stay 'en'.
  locales: { availableLocales: ['ru', 'en'], fallbackLocale: 'en' }
});
