/*
 * Bagalau configuration of Camunda Cockpit, used by administrators. Replaces the webjar's
 * app/cockpit/scripts/config.js (see docs/webapps.md, "How overriding works").
 */
import { bagalauWebapp } from '../../../assets/bagalau/webapp-config.js';

export default bagalauWebapp({
  name: 'Мониторинг',
  // Complete Kazakh and Russian files (LocaleFilesTests): the browser's first language picks,
  // as in Tasklist; any other language gets Russian.
  locales: { availableLocales: ['kk', 'ru', 'en'], fallbackLocale: 'ru' },

  // Cockpit itself ignores dateFormat and shows ISO dates; date-locale.js applies these formats
  // to its date filter. Day first, 24-hour clock, seconds kept for incidents and job logs;
  // times in the browser's time zone (Asia/Almaty on the operators' computers).
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD.MM.YYYY HH:mm',
    normal: 'DD.MM.YYYY HH:mm:ss',
    long: 'LLLL',
    short: 'L'
  }
});
