/** The login page of the local provider: a plain, accessible HTML form in Finnish, Swedish and English. */

export const LOGIN_LOCALES = ['fi', 'sv', 'en'] as const;
export type LoginLocale = (typeof LOGIN_LOCALES)[number];

const TEXT: Record<
  LoginLocale,
  {
    title: string;
    intro: string;
    username: string;
    password: string;
    submit: string;
    failed: string;
    notice: string;
    language: string;
    signingOut: string;
    signOut: string;
  }
> = {
  fi: {
    title: 'Kirjaudu Neuvoon',
    intro: 'Kirjaudu sisään työtunnuksellasi.',
    username: 'Käyttäjätunnus',
    password: 'Salasana',
    submit: 'Kirjaudu',
    failed: 'Käyttäjätunnus tai salasana on väärä.',
    notice: 'Paikallinen testitunnistuspalvelu: vain kehitys- ja testikäyttöön.',
    language: 'Kieli',
    signingOut: 'Kirjaudutaan ulos…',
    signOut: 'Kirjaudu ulos',
  },
  sv: {
    title: 'Logga in i Neuvo',
    intro: 'Logga in med ditt arbetskonto.',
    username: 'Användarnamn',
    password: 'Lösenord',
    submit: 'Logga in',
    failed: 'Fel användarnamn eller lösenord.',
    notice: 'Lokal testidentifiering: endast för utveckling och test.',
    language: 'Språk',
    signingOut: 'Loggar ut…',
    signOut: 'Logga ut',
  },
  en: {
    title: 'Sign in to Neuvo',
    intro: 'Sign in with your work account.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    failed: 'The username or password is wrong.',
    notice: 'Local test identity provider: for development and tests only.',
    language: 'Language',
    signingOut: 'Signing out…',
    signOut: 'Sign out',
  },
};

const LANGUAGE_NAMES: Record<LoginLocale, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** The first of the requested locales (`ui_locales` is space-separated) that the page speaks; Finnish otherwise. */
export function pickLocale(requested: string | undefined): LoginLocale {
  for (const tag of (requested ?? '').split(/\s+/)) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LOGIN_LOCALES as readonly string[]).includes(base ?? '')) return base as LoginLocale;
  }
  return 'fi';
}

/** Renders the form that posts to `action`. `failed` shows the wrong-credentials message; `username` refills. */
export function renderLoginPage(options: {
  locale: LoginLocale;
  action: string;
  pageUrl: string;
  failed?: boolean;
  username?: string;
}): string {
  const t = TEXT[options.locale];
  const links = LOGIN_LOCALES.filter((l) => l !== options.locale)
    .map(
      (l) =>
        `<a href="${escapeHtml(`${options.pageUrl}?lang=${l}`)}" lang="${l}" hreflang="${l}">${LANGUAGE_NAMES[l]}</a>`,
    )
    .join(' · ');
  const error = options.failed ? `<p id="login-error" role="alert" class="error">${t.failed}</p>` : '';
  const describedBy = options.failed ? ' aria-describedby="login-error" aria-invalid="true"' : '';
  return `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:26rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
label{display:block;margin-top:1rem;font-weight:600}
input{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;border:2px solid #555;border-radius:4px}
input:focus,button:focus,a:focus{outline:3px solid #0b5ea8;outline-offset:2px}
button{font:inherit;margin-top:1.5rem;padding:.6rem 1.2rem;background:#0b5ea8;color:#fff;border:0;border-radius:4px}
.error{color:#a00;font-weight:600}.notice{font-size:.9rem;color:#555}
</style>
</head>
<body>
<main>
<h1>${t.title}</h1>
<p>${t.intro}</p>
${error}
<form method="post" action="${escapeHtml(options.action)}">
<input type="hidden" name="lang" value="${options.locale}">
<label for="username">${t.username}</label>
<input id="username" name="username" autocomplete="username" required value="${escapeHtml(options.username ?? '')}"${describedBy}>
<label for="password">${t.password}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${describedBy}>
<button type="submit">${t.submit}</button>
</form>
<nav aria-label="${t.language}"><p>${links}</p></nav>
<p class="notice">${t.notice}</p>
</main>
</body>
</html>`;
}

/**
 * The provider's sign-out page for a sign-out the application started (RP-initiated logout). `form` is the
 * provider's own form (it carries the anti-forgery token); the page confirms it at once, because the person already
 * chose to sign out in the application. Without JavaScript, the button does the same.
 */
export function renderLogoutPage(options: { locale: LoginLocale; form: string }): string {
  const t = TEXT[options.locale];
  return `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.signOut}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:26rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
button{font:inherit;margin-top:1.5rem;padding:.6rem 1.2rem;background:#0b5ea8;color:#fff;border:0;border-radius:4px}
</style>
</head>
<body>
<main>
<h1>${t.signingOut}</h1>
${options.form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">${t.signOut}</button>
</main>
<script>
var form = document.getElementById('op.logoutForm');
var yes = document.createElement('input');
yes.type = 'hidden'; yes.name = 'logout'; yes.value = 'yes';
form.appendChild(yes);
form.submit();
</script>
</body>
</html>`;
}
