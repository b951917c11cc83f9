import { intranetTokenProvider } from './token-provider.js';

// Who is signed in to the intranet (the demo's picker; a real intranet knows from its session).
const ROLES = {
  'ana.ruiz': 'officer',
  'grace.whitfield': 'officer',
  'zoe.martin': 'officer',
  'wellness.coordinator': 'department-admin',
};
/** Officers whose badges the coordinator pins to the page. */
const PINNED_OFFICERS = [
  ['officer-ana-ruiz', 'Ana Ruiz'],
  ['officer-grace-whitfield', 'Grace Whitfield'],
  ['officer-zoe-martin', 'Zoë Martin'],
  ['officer-marcus-bell', 'Marcus Bell'],
  ['officer-hannah-cho', 'Hannah Cho'],
];

const params = new URLSearchParams(location.search);
const user = Object.hasOwn(ROLES, params.get('user') ?? '') ? params.get('user') : 'ana.ruiz';
document.querySelector('#user').value = user;

/** `el('wv-booking', { 'time-zone': 'America/Chicago' }, ...children)` */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function section(title, ...children) {
  return el('section', { 'aria-label': title }, el('h2', {}, title), ...children);
}

function officerWidgets() {
  return [
    section('Book a check-in', el('wv-booking')),
    section('Your check-ins', el('wv-attendance-badge'), el('wv-reminders')),
  ];
}

function departmentWidgets() {
  const badges = el(
    'ul',
    { class: 'badges' },
    ...PINNED_OFFICERS.map(([id, name]) =>
      el('li', {}, el('span', {}, name), el('wv-attendance-badge', { 'officer-id': id })),
    ),
  );
  return [
    section('Pinned officers', badges),
    section('Attendance roster', el('wv-attendance-roster')),
  ];
}

// A manage link from an officer's email (the department's page, set with admin.setManageLink as
// `…/department-intranet/?visit={visitId}#t={token}`) opens that one visit with the link's own
// short-lived token, which reaches that visit only. In the fragment, the token never reaches the
// intranet's server or a Referer; it leaves the address bar at once, so neither the history nor
// the intranet's analytics keep it.
const linkedVisit = params.get('visit');
const linkToken = new URLSearchParams(location.hash.slice(1)).get('t');
const provider = el('wv-provider', { 'api-base': location.origin });
if (linkedVisit && linkToken) {
  history.replaceState(null, '', location.pathname);
  provider.setAttribute('token', linkToken);
  provider.append(section('Your visit', el('wv-booking', { 'visit-id': linkedVisit })));
} else {
  provider.tokenProvider = intranetTokenProvider(user);
  provider.append(...(ROLES[user] === 'officer' ? officerWidgets() : departmentWidgets()));
}
document.querySelector('#widgets').append(provider);

// Host-page events carry an opaque visit id only: enough for the page to say something.
provider.addEventListener('wv-booked', () => {
  document.querySelector('#main').dataset.booked = 'true';
});
