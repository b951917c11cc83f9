import { demoTokenProvider } from './demo-token.js';

// ?theme=dark shows the practice's dark variant (the same parts, other custom properties).
const dark = new URLSearchParams(location.search).get('theme') === 'dark';
document.documentElement.classList.toggle('dark', dark);
const themeLink = document.querySelector('#theme-link');
themeLink.href = dark ? './' : './?theme=dark';
themeLink.textContent = dark ? 'Light' : 'Dark';

const provider = document.querySelector('#provider');
provider.apiBase = location.origin;
provider.tokenProvider = demoTokenProvider('officer');
