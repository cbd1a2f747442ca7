/*
 * Bagalau configuration of Camunda Cockpit, used by administrators. Replaces the webjar's
 * app/cockpit/scripts/config.js (see docs/webapps.md, "How overriding works").
 */
export default {
  app: {
    name: 'Мониторинг',
    vendor: 'Bagalau'
  },
  // ru.json translates the screens administrators use (dashboard, processes, instances,
  // incidents, tasks); English is the fallback for each label it does not have, so the
  // fallback locale must stay 'en' until the file is complete (docs/webapps.md).
  locales: {
    availableLocales: ['ru', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: ['../../assets/bagalau/login-info'],
  disableWelcomeMessage: true
};
