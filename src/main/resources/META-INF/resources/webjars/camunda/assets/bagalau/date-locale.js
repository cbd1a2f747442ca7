/*
 * Keeps moment.js (dates such as "3 күн ішінде") in the language the webapp shows.
 * Each locale file the webapp loads defines a moment locale from its dateLocales, and moment
 * makes the last one defined the global locale: with Kazakh chosen and Russian loaded as the
 * fallback, dates came out in Russian. After every load, select the language in use again.
 * Loaded as an AngularJS module through requireJsConfig (webapp-config.js). Only Tasklist
 * exposes moment to AngularJS (angular-moment); elsewhere the module does nothing.
 */
define(['angular'], function (angular) {
  return angular.module('bagalau.dateLocale', []).run([
    '$rootScope', '$translate', '$injector',
    function ($rootScope, $translate, $injector) {
      if (!$injector.has('moment')) {
        return;
      }
      var moment = $injector.get('moment');
      function useCurrentLanguage() {
        var language = $translate.use();
        if (language && moment.locales().indexOf(language) > -1) {
          moment.locale(language);
        }
      }
      $rootScope.$on('$translateLoadingSuccess', useCurrentLanguage);
      $rootScope.$on('$translateChangeSuccess', useCurrentLanguage);
      useCurrentLanguage();
    }
  ]);
});
