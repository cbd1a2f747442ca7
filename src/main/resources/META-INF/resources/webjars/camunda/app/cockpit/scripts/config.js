/*
 * Bagalau configuration of Camunda Cockpit, used by administrators. Replaces the webjar's
 * app/cockpit/scripts/config.js (see docs/webapps.md, "How overriding works").
 */
import { bagalauWebapp } from '../../../assets/bagalau/webapp-config.js';

export default bagalauWebapp({
  name: 'Мониторинг',
  // ru.json translates the screens administrators use (dashboard, processes, instances,
  // incidents, user tasks, variables); every other label falls back to English, so the
  // fallback must stay 'en' until the file is complete (docs/webapps.md).
  locales: { availableLocales: ['ru', 'en'], fallbackLocale: 'en' }
});
