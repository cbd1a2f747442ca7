/*
 * Bagalau configuration of Camunda Admin (users, groups, authorizations). Replaces the webjar's
 * app/admin/scripts/config.js (see docs/webapps.md, "How overriding works").
 */
export default {
  app: {
    name: 'Әкімшілік · Администрирование',
    vendor: 'Bagalau'
  },
  // ru.json translates users, groups, authorizations and system pages; English is the fallback
  // for each label it does not have (licence, metrics, tenants), so it must stay 'en'.
  locales: {
    availableLocales: ['ru', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: ['../../assets/bagalau/login-info'],
  disableWelcomeMessage: true
};
