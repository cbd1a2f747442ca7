/*
 * Bagalau configuration of Camunda Tasklist. Replaces the webjar's app/tasklist/scripts/config.js:
 * the application's own resources come first on the classpath (docs/webapps.md, "How overriding works").
 */
import { bagalauWebapp } from '../../../assets/bagalau/webapp-config.js';

export default bagalauWebapp({
  name: 'Тапсырмалар · Задачи',

  // The browser's first language picks the locale (kk-KZ -> kk, ru-RU -> ru, en-US -> en);
  // any other language gets Russian, the language every servant of corps "B" reads.
  locales: { availableLocales: ['kk', 'ru', 'en'], fallbackLocale: 'ru' },

  // Camunda Forms' English validation messages ("Field is required.") in Kazakh or Russian.
  customScripts: ['../../assets/bagalau/form-messages'],

  // moment.js formats; the month and day names come from dateLocales in locales/<lang>.json.
  // Times are shown in the browser's time zone (Asia/Almaty on the servants' computers).
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'L LT',
    normal: 'LLL',
    long: 'LLLL',
    short: 'L'
  },

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'Тапсырманы жұмысқа алу / Взять задачу в работу'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'Бірінші сүзгіге өту / Перейти к первому фильтру'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'Бірінші тапсырмаға өту / Перейти к первой задаче'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'Форманың бірінші өрісіне өту / Перейти к первому полю формы'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'Процесті іске қосу терезесін ашу / Открыть окно запуска процесса'
    }
  }
});
