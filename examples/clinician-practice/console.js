import { demoTokenProvider } from './demo-token.js';

const CLINICIANS = [
  'clinician-maya-brooks',
  'clinician-jorge-salazar',
  'clinician-erin-walsh',
  'clinician-samir-haddad',
];
const chosen = new URLSearchParams(location.search).get('clinician');
const clinician = CLINICIANS.includes(chosen) ? chosen : CLINICIANS[0];
document.querySelector('#clinician').value = clinician;

// The schedule decides which visits can be marked by the time; in the demo that is the server's
// movable clock, so the schedule follows it.
const schedule = document.querySelector('wv-clinician-schedule');
const output = document.querySelector('#server-time');

async function readServerClock() {
  const { now } = await (await fetch('/demo/clock')).json();
  const offsetMs = Date.parse(now) - Date.now();
  schedule.now = () => new Date(Date.now() + offsetMs);
  output.textContent = new Date(now).toLocaleString();
}

document.querySelector('#advance').addEventListener('submit', async (event) => {
  event.preventDefault();
  const hours = Number(new FormData(event.currentTarget).get('hours'));
  await fetch('/demo/advance-time', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ minutes: Math.round(hours * 60) }),
  });
  // Reload so the schedule opens on the new "today".
  location.reload();
});

// Connect only once the schedule knows the server's time, so it opens on the demo's "today".
await readServerClock();
const provider = document.querySelector('#provider');
provider.apiBase = location.origin;
provider.tokenProvider = demoTokenProvider('clinician', clinician);
