/**
 * The web editor's own code, run in the browser at /admin/ before Decap CMS starts: it
 * registers the content components and the file-name rule, offers sign-in with a GitHub token
 * (no sign-in server needed), then starts the CMS. The CMS script's address comes from the
 * page's `data-cms-script`, set by the integration that writes the page.
 */
import { EDITOR_COMPONENTS } from './cms-components';
import { slugify } from './slug';

/** The part of Decap CMS's global API this file uses (https://decapcms.org/docs/customization/). */
interface DecapMap {
  get(key: string): unknown;
  set(key: string, value: unknown): DecapMap;
}
type DecapEntry = DecapMap;
interface DecapCms {
  registerEditorComponent(component: object): void;
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: DecapEntry }) => DecapMap }): void;
  init(): void;
}
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
  }
}

/** Where Decap CMS keeps the signed-in user (its GitHub backend reads the token from here). */
const USER_KEY = 'decap-cms-user';

/**
 * Before a save (Decap replaces the default language's data with what this returns): a new
 * entry without a file name gets one from its Russian title, as `npm run new` does.
 */
function beforeSave({ entry }: { entry: DecapEntry }): DecapMap {
  const data = entry.get('data') as DecapMap;
  const typed = String(data.get('slug') ?? '').trim();
  if (!entry.get('newRecord') || typed !== '') return data;
  return data.set('slug', slugify(String(data.get('title') ?? '')));
}

function startCms(cms: DecapCms): void {
  for (const component of EDITOR_COMPONENTS) {
    cms.registerEditorComponent({ ...component, toPreview: component.toBlock });
  }
  cms.registerEventListener({ name: 'preSave', handler: beforeSave });
  cms.init();
}

/** The token form (on the page when the build knows the GitHub repository): shown until an editor has signed in. */
function offerTokenSignIn(): void {
  const form = document.querySelector<HTMLFormElement>('#token-sign-in');
  if (!form) return;
  const signedIn = localStorage.getItem(USER_KEY) !== null;
  form.hidden = signedIn;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = String(new FormData(form).get('token') ?? '').trim();
    if (!token) return;
    localStorage.setItem(USER_KEY, JSON.stringify({ backendName: 'github', token }));
    location.reload();
  });
}

window.CMS_MANUAL_INIT = true;
offerTokenSignIn();
const script = document.createElement('script');
script.src = document.documentElement.dataset['cmsScript'] ?? '';
script.addEventListener('load', () => {
  if (window.CMS) startCms(window.CMS);
});
document.head.append(script);
