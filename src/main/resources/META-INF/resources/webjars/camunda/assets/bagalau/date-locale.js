/*
 * Dates in the language the webapp shows and in the formats of its config.js (Tasklist, Cockpit, Admin).
 *
 * 1. Language: each locale file the webapp loads defines a moment locale from its dateLocales, and
 *    moment makes the last one defined the global locale: with Kazakh chosen and Russian loaded as
 *    the fallback, dates came out in Russian. After every load, select the language in use again.
 *    Tasklist gives moment to AngularJS (angular-moment); Cockpit exposes it as the RequireJS
 *    module 'moment'; Admin shows no moment dates and has neither.
 * 2. Formats: Cockpit ignores config.js dateFormat and hard-codes ISO dates
 *    ("2026-06-05T14:30:00"). After the webapps' own config blocks, set camDateFormat (the format
 *    of the camDate filter) to the dateFormat of the webapp's config.js, as Tasklist does itself.
 *
 * Loaded as an AngularJS module through requireJsConfig (webapp-config.js). docs/webapps.md, "Dates and times".
 */
define(['angular'], function (angular) {
  var dateFormatProvider = null;

  /** moment as the webapp has it, or null. */
  function withMoment($injector, use) {
    if ($injector.has('moment')) {
      use($injector.get('moment'));
      return;
    }
    var req = window.require;
    if (req && req.specified && req.specified('moment')) {
      req(['moment'], use);
    }
  }

  function webappConfig() {
    return window.camCockpitConf || window.camTasklistConf || window.camAdminConf || {};
  }

  return angular.module('bagalau.dateLocale', [])
    .config(['$injector', function ($injector) {
      // The provider injector: camDateFormatProvider is registered by camunda-commons-ui.
      if ($injector.has('camDateFormatProvider')) {
        dateFormatProvider = $injector.get('camDateFormatProvider');
      }
    }])
    .run(['$rootScope', '$translate', '$injector', function ($rootScope, $translate, $injector) {
      var formats = webappConfig().dateFormat;
      if (dateFormatProvider && formats) {
        Object.keys(formats).forEach(function (name) {
          dateFormatProvider.setDateFormat(formats[name], name);
        });
      }

      withMoment($injector, function (moment) {
        function useCurrentLanguage() {
          var language = $translate.use();
          if (language && moment.locales().indexOf(language) > -1 && moment.locale() !== language) {
            moment.locale(language);
            // Dates already on the page were formatted in the previous language.
            if (!$rootScope.$$phase) {
              $rootScope.$applyAsync();
            }
          }
        }
        $rootScope.$on('$translateLoadingSuccess', useCurrentLanguage);
        $rootScope.$on('$translateChangeSuccess', useCurrentLanguage);
        useCurrentLanguage();
      });
    }]);
});
