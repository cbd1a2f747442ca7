/*
 * Login-page plugin for Tasklist, Cockpit and Admin (loaded through customScripts in each
 * app's scripts/config.js): says in Kazakh and Russian what the system is before anyone logs in.
 * The login page is shown before a language is known to the user, so both languages appear.
 */
const TEXT = [
  {
    lang: 'kk',
    text: 'Bagalau — «Б» корпусы әкімшілік мемлекеттік қызметшілерінің қызметін бағалау жүйесі. '
      + 'Жұмыс тіркелгіңізбен кіріңіз.'
  },
  {
    lang: 'ru',
    text: 'Bagalau — система оценки деятельности административных государственных служащих корпуса «Б». '
      + 'Войдите под своей рабочей учётной записью.'
  }
];

function render(node) {
  const box = document.createElement('div');
  box.className = 'bagalau-login-info';
  TEXT.forEach(({ lang, text }) => {
    const p = document.createElement('p');
    p.lang = lang;
    p.textContent = text;
    box.appendChild(p);
  });
  node.appendChild(box);
}

// One definition per webapp: each app renders only the plugin point it has.
export default ['tasklist', 'cockpit', 'admin'].map((app) => ({
  id: `bagalau-login-info-${app}`,
  pluginPoint: `${app}.login`,
  // Above the login form, which the apps register with priority 0.
  priority: 10,
  render
}));
