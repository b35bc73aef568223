import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { session } from './session';

// Signed out, the panel opens on its login form. Left to react-admin, an anonymous visit to any other
// page logs out on mount, and each logout clears the queries that re-mount it: a loop of redirects to
// the login page that, on a slow machine, went on while the person was typing.
// The page asked for is kept where react-router keeps location state, so the login leads back to it.
if (!session.token() && !window.location.hash.startsWith('#/login')) {
  const [nextPathname, query] = (window.location.hash.slice(1) || '/').split('?');
  const nextSearch = query ? `?${query}` : '';
  window.history.replaceState({ usr: { nextPathname, nextSearch }, key: 'signin', idx: 0 }, '', '#/login');
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
