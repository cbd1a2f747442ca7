/*
 * Bagalau configuration of the Camunda Welcome page (profile, password, list of apps). Replaces
 * the webjar's app/welcome/scripts/config.js (see docs/webapps.md, "How overriding works").
 */
export default {
  app: {
    name: 'Профиль',
    vendor: 'Bagalau'
  },
  // Complete Kazakh and Russian files: the browser's first language picks, Russian otherwise.
  locales: {
    availableLocales: ['kk', 'ru', 'en'],
    fallbackLocale: 'ru'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  // No links to Camunda's documentation: servants need Bagalau's own help, not the engine's.
  links: [],
  disableWelcomeMessage: true
};
