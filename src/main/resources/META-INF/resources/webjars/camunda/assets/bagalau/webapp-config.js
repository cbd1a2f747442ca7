/*
 * What Tasklist, Cockpit and Admin share in their scripts/config.js: the vendor, the login-page
 * sentence and the date-locale fix. Each config.js imports this module and adds its own name,
 * locales, custom scripts (after the shared one) and options. Paths below are relative to app/<webapp>/, the same for all three.
 */
export function bagalauWebapp({ name, locales, customScripts = [], ...options }) {
  return {
    app: { name, vendor: 'Bagalau' },
    locales,
    customScripts: ['../../assets/bagalau/login-info', ...customScripts],
    requireJsConfig: {
      ngDeps: ['bagalau.dateLocale'],
      deps: ['bagalau-date-locale'],
      paths: { 'bagalau-date-locale': '../../assets/bagalau/date-locale' }
    },
    // Servants and administrators need no hint about Camunda's welcome page.
    disableWelcomeMessage: true,
    ...options
  };
}
