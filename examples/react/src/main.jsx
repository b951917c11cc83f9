// The Wellvisit elements straight from React 19: React sets properties (tokenProvider) on custom
// elements and listens to their events with `on<event-name>` props — no wrapper components.
import '@wellvisit/elements/define/provider.js';
import '@wellvisit/elements/define/booking.js';
import '@wellvisit/elements/define/reminders.js';
import '@wellvisit/elements/define/attendance-roster.js';
import '@wellvisit/elements/define/clinician-schedule.js';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { demoTokenProvider } from './demo-token.js';

const ROLES = {
  officer: 'Officer (Ana Ruiz)',
  clinician: 'Clinician (Dr. Maya Brooks)',
  'department-admin': 'Department admin (Riverton PD)',
};

function Widgets({ role, onEvent }) {
  if (role === 'officer') {
    return (
      <>
        <wv-booking onwv-booked={onEvent} onwv-cancelled={onEvent} onwv-rescheduled={onEvent} />
        <wv-reminders />
      </>
    );
  }
  if (role === 'clinician') return <wv-clinician-schedule onwv-attendance-marked={onEvent} />;
  return <wv-attendance-roster />;
}

function App() {
  const [role, setRole] = useState('officer');
  const [lastEvent, setLastEvent] = useState('none yet');
  // A new function per role gives <wv-provider> a new backend for the new person.
  const tokenProvider = useMemo(() => demoTokenProvider(role), [role]);
  const onEvent = (event) => {
    // Details carry opaque ids only: the host app learns that something happened, not when.
    setLastEvent(`${event.type} ${JSON.stringify(event.detail)}`);
  };
  return (
    <main>
      <h1>Wellvisit in React 19</h1>
      <label>
        Signed in as{' '}
        <select value={role} onChange={(event) => setRole(event.target.value)}>
          {Object.entries(ROLES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <p>
        Last event: <output data-testid="last-event">{lastEvent}</output>
      </p>
      <wv-provider key={role} apiBase={location.origin} tokenProvider={tokenProvider}>
        <Widgets role={role} onEvent={onEvent} />
      </wv-provider>
    </main>
  );
}

createRoot(document.querySelector('#root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
