/*
 * Camunda Forms' validation messages in Kazakh and Russian (Tasklist, loaded through customScripts).
 *
 * Tasklist renders Camunda Forms with form-js (bundled in lib/deps.js), which writes its
 * validation messages in English ("Field is required.") into <div class="fjs-form-field-error">
 * and has no translation hook. This script watches the page and replaces each known English
 * message by the Kazakh or Russian one of the language Tasklist shows, numbers included
 * ("Field must have maximum value of 5." -> "Значение должно быть не больше 5."). A message not in the
 * table stays English; FormValidationMessagesTests fails
 * when a Camunda upgrade brings a message the table lacks. docs/webapps.md, "Form validation messages".
 *
 * The table between BEGIN and END is strict JSON (the test reads it): {0}, {1} stand for the
 * values form-js puts into the message.
 */
// BEGIN MESSAGES
const MESSAGES = [
  {
    "en": "Field is required.",
    "kk": "Бұл өрісті толтыру міндетті.",
    "ru": "Это поле обязательно для заполнения."
  },
  {
    "en": "Field must have minimum value of {0}.",
    "kk": "Ең аз рұқсат етілген мәні — {0}.",
    "ru": "Значение должно быть не меньше {0}."
  },
  {
    "en": "Field must have maximum value of {0}.",
    "kk": "Ең үлкен рұқсат етілген мәні — {0}.",
    "ru": "Значение должно быть не больше {0}."
  },
  {
    "en": "Field must have minimum length of {0}.",
    "kk": "Ең аз ұзындығы — {0} таңба.",
    "ru": "Минимальная длина — {0} симв."
  },
  {
    "en": "Field must have maximum length of {0}.",
    "kk": "Ең көп ұзындығы — {0} таңба.",
    "ru": "Максимальная длина — {0} симв."
  },
  {
    "en": "Field must match pattern {0}.",
    "kk": "Мәні {0} үлгісіне сәйкес келуі керек.",
    "ru": "Значение должно соответствовать шаблону {0}."
  },
  {
    "en": "Field must be a valid international phone number. (e.g. +4930664040900)",
    "kk": "Телефон нөмірін халықаралық форматта енгізіңіз (мысалы, +77172740000).",
    "ru": "Введите номер телефона в международном формате (например, +77172740000)."
  },
  {
    "en": "Field must be a valid email.",
    "kk": "Электрондық пошта мекенжайын дұрыс енгізіңіз.",
    "ru": "Введите корректный адрес электронной почты."
  },
  {
    "en": "Value is not a number.",
    "kk": "Мәні сан емес.",
    "ru": "Значение не является числом."
  },
  {
    "en": "Value is expected to be an integer.",
    "kk": "Бүтін сан енгізіңіз.",
    "ru": "Введите целое число."
  },
  {
    "en": "Value is expected to have at most {0} decimal digit.",
    "kk": "Үтірден кейін ең көбі {0} таңба болуы керек.",
    "ru": "Знаков после запятой — не более {0}."
  },
  {
    "en": "Value is expected to have at most {0} decimal digits.",
    "kk": "Үтірден кейін ең көбі {0} таңба болуы керек.",
    "ru": "Знаков после запятой — не более {0}."
  },
  {
    "en": "Please select a valid value, the two nearest valid values are {0} and {1}.",
    "kk": "Рұқсат етілген мәнді таңдаңыз, ең жақын мәндер: {0} және {1}.",
    "ru": "Выберите допустимое значение, ближайшие допустимые значения: {0} и {1}."
  }
]
// END MESSAGES
;

/** Texts form-js shows outside validation: the empty select and the tag list's search. */
const PLACEHOLDERS = {
  'Select': { kk: 'Таңдаңыз', ru: 'Выберите' },
  'Search': { kk: 'Іздеу', ru: 'Поиск' },
  'No results': { kk: 'Ештеңе табылмады', ru: 'Ничего не найдено' },
  'All values selected': { kk: 'Барлық мәндер таңдалды', ru: 'Выбраны все значения' }
};

const normalize = (text) => text.replace(/\s+/g, ' ').trim();
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const RULES = MESSAGES.map((m) => ({
  pattern: new RegExp('^' + escape(normalize(m.en)).replace(/\\\{(\d)\\\}/g, '(.+?)') + '$'),
  kk: m.kk,
  ru: m.ru
}));

/**
 * The language Tasklist shows: angular-translate's choice when AngularJS is up; before that the
 * same rule Tasklist applies (first browser language; Kazakh, English, otherwise Russian).
 */
function language() {
  const angular = window.angular;
  if (angular) {
    for (const node of [document, document.documentElement, document.body]) {
      try {
        const injector = node && angular.element(node).injector();
        if (injector && injector.has('$translate')) {
          const used = injector.get('$translate').use();
          if (used) {
            return used;
          }
        }
      } catch (e) {
        // not bootstrapped on this node
      }
    }
  }
  const first = ((navigator.languages && navigator.languages[0]) || navigator.language || '').split('-')[0]
    .toLowerCase();
  return ['kk', 'ru', 'en'].indexOf(first) > -1 ? first : 'ru';
}

/** The Kazakh or Russian text of an English form-js message, or null when there is none. */
export function translate(english, lang) {
  if (lang !== 'kk' && lang !== 'ru') {
    return null;
  }
  const text = normalize(english);
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match) {
      return rule[lang].replace(/\{(\d)\}/g, (_, i) => match[Number(i) + 1]);
    }
  }
  return null;
}

function translateTextOf(element, table, lang) {
  const own = element.firstChild;
  if (!own || own.nodeType !== Node.TEXT_NODE || element.childNodes.length !== 1) {
    return;
  }
  const translated = table(own.data, lang);
  if (translated && translated !== own.data) {
    own.data = translated;
  }
}

function placeholder(english, lang) {
  const entry = PLACEHOLDERS[normalize(english)];
  return entry ? entry[lang] || null : null;
}

function translatePage() {
  const lang = language();
  if (lang !== 'kk' && lang !== 'ru') {
    return;
  }
  document.querySelectorAll('.fjs-form-field-error li').forEach((li) => translateTextOf(li, translate, lang));
  document.querySelectorAll('.fjs-select-display.fjs-select-placeholder, .fjs-dropdownlist-empty')
    .forEach((el) => translateTextOf(el, placeholder, lang));
  document.querySelectorAll('.fjs-container input[placeholder]').forEach((input) => {
    const translated = placeholder(input.getAttribute('placeholder'), lang);
    if (translated) {
      input.setAttribute('placeholder', translated);
    }
  });
}

let scheduled = false;
new MutationObserver(() => {
  // Coalesce the bursts of mutations of one render into one pass.
  if (!scheduled) {
    scheduled = true;
    Promise.resolve().then(() => {
      scheduled = false;
      translatePage();
    });
  }
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['placeholder']
});

// A custom script's default export is a list of plugins; this one only watches the page.
export default [];
