import type { Browser, BrowserContext, Locator, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepText, launchChromium, screenshot, watchPageProblems } from './browser.js';
import { startDemoServer, type DemoServer } from './demo-server.js';

// One story through every example page, in order: Grace Whitfield, an officer whose check-in is
// due, books on the intranet, finds the
// visit in reminders, the clinician marks it attended after the demo clock moves past its start,
// and the department sees `completed` — and never the visit's time, clinician or place.

interface BookedVisit {
  id: string;
  clinicianId: string;
  start: string;
  end: string;
  place?: string;
}

let server: DemoServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let bookedDetail: unknown;
let visit: BookedVisit;

/** What the intranet's host backend gives the page: a short-lived token for one intranet user. */
/** The running demo server's URL. */
const base = (): string => {
  if (!server) throw new Error('The demo server did not start');
  return server.url;
};

async function intranetToken(user: string): Promise<string> {
  const response = await fetch(`${base()}/department-intranet/session-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  expect(response.status).toBe(200);
  const { token } = (await response.json()) as { token: string };
  return token;
}

async function api<T>(path: string, token: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${base()}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  });
  expect(response.status, `${path}: ${response.status}`).toBeLessThan(300);
  return (await response.json()) as T;
}

/** Clicks the first free time of the week shown, or of the next weeks when one has none. */
async function chooseFirstFreeTime(booking: Locator): Promise<void> {
  const slots = booking.locator('[part~="slot"]');
  for (let week = 0; week < 6; week++) {
    await booking.locator('[part~="slot"], [part~="empty"]').first().waitFor();
    if ((await slots.count()) > 0) {
      await slots.first().click();
      return;
    }
    await booking.locator('[part~="week-button"]', { hasText: 'Next week' }).click();
  }
  throw new Error('No free time in the next six weeks');
}

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems = watchPageProblems(page);
  await page.goto(`${base()}${path}`);
  return { page, problems };
}

beforeAll(async () => {
  const [started, launched] = await Promise.all([startDemoServer(), launchChromium()]);
  [server, browser] = [started, launched];
  context = await launched.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'America/Chicago',
    locale: 'en-US',
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

// Before the walk below moves the demo clock on by a day.
describe('the React 19 example', () => {
  it('passes properties and listens to wv-* events on the elements directly', async () => {
    const { page, problems } = await open('/react/');
    const booking = page.locator('wv-booking');
    await booking.locator('[part~="option"]', { hasText: 'Virtual' }).click();
    await booking.locator('[part~="clinician"]', { hasText: 'Jorge Salazar' }).click();
    await chooseFirstFreeTime(booking);
    await booking.locator('[part~="confirm-button"]').click();
    await expect
      .poll(() => page.getByTestId('last-event').textContent(), { timeout: 20_000 })
      .toMatch(/^wv-booked \{"visitId":"[^"]+"\}$/);
    await screenshot(page, 'react-officer');

    await page.locator('select').selectOption('department-admin');
    await page.locator('wv-attendance-roster [part~="row"]').nth(2).waitFor();
    expect(problems).toEqual([]);
    await screenshot(page, 'react-department-admin');
  });
});

describe('the demo as pnpm start serves it', () => {
  it('lists every example page on the landing page', async () => {
    const { page } = await open('/');
    for (const href of [
      '/department-intranet/',
      '/clinician-practice/',
      '/clinician-practice/console.html',
      '/react/',
    ]) {
      await expect(page.locator(`a[href="${href}"]`).count()).resolves.toBeGreaterThan(0);
    }
    await screenshot(page, 'landing');
  });

  it('answers the favicon every page asks for, so no page logs a 404', async () => {
    const response = await fetch(`${base()}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer()).slice(0, 4)).toEqual(
      new Uint8Array([0, 0, 1, 0]),
    );
  });

  it("the landing page's lead text has a contrast of at least 4.5:1, light and dark", async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await open('/');
      await page.emulateMedia({ colorScheme });
      const ratio = await page.evaluate(() => {
        // A 2D canvas turns a computed colour (rgb() or color(srgb …)) into sRGB bytes.
        const rgb = (color: string) => {
          const paint = document.createElement('canvas').getContext('2d')!;
          paint.fillStyle = color;
          paint.fillRect(0, 0, 1, 1);
          return [...paint.getImageData(0, 0, 1, 1).data.slice(0, 3)];
        };
        const luminance = (color: string) => {
          const [r = 0, g = 0, b = 0] = rgb(color).map((byte) => {
            const c = byte / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const text = luminance(getComputedStyle(document.querySelector('.lead')!).color);
        // The page sets no background: what shows is the colour scheme's Canvas.
        const probe = document.body.appendChild(document.createElement('div'));
        probe.style.background = 'Canvas';
        const background = luminance(getComputedStyle(probe).backgroundColor);
        return (Math.max(text, background) + 0.05) / (Math.min(text, background) + 0.05);
      });
      expect(ratio, colorScheme).toBeGreaterThanOrEqual(4.5);
      await page.close();
    }
  });

  it("the department sees Grace's check-in due before she books", async () => {
    const { page, problems } = await open('/department-intranet/?user=wellness.coordinator');
    const badge = page.locator('wv-attendance-badge[officer-id="officer-grace-whitfield"]');
    await expect
      .poll(() => badge.locator('[part~="badge"]').getAttribute('data-status'), {
        timeout: 20_000,
      })
      .toBe('due');
    expect(problems).toEqual([]);
  });

  it('an officer books a visit at the practice on the intranet, under a strict CSP', async () => {
    const { page, problems } = await open('/department-intranet/?user=grace.whitfield');
    await page.evaluate(() => {
      document.addEventListener('wv-booked', (event) => {
        (window as unknown as { booked: unknown }).booked = (event as CustomEvent).detail;
      });
    });
    const booking = page.locator('wv-booking');
    await booking.locator('[part~="option"]', { hasText: 'At the practice' }).click();
    await booking.locator('[part~="clinician"]', { hasText: 'Dr. Maya Brooks' }).click();
    await chooseFirstFreeTime(booking);
    await booking.locator('[part~="confirm-button"]').click();
    await booking.locator('[part~="reschedule-button"]').waitFor();
    bookedDetail = await page.evaluate(() => (window as unknown as { booked: unknown }).booked);
    expect(Object.keys(bookedDetail as object)).toEqual(['visitId']);
    // The officer's own page does show the clinician: proof the scan below sees shadow roots.
    expect(await deepText(page)).toContain('Maya Brooks');
    expect(problems).toEqual([]);
    await screenshot(page, 'intranet-officer-booked');

    const token = await intranetToken('grace.whitfield');
    const { visitId } = bookedDetail as { visitId: string };
    visit = await api<BookedVisit>(`/v1/officer/visits/${visitId}`, token);
    expect(visit.clinicianId).toBe('clinician-maya-brooks');
    expect(visit.place).toBeTruthy();
  });

  it('the officer finds the visit in reminders, discreetly worded', async () => {
    const { page, problems } = await open('/department-intranet/?user=grace.whitfield');
    const reminders = page.locator('wv-reminders');
    await reminders.locator('[part~="visit"]').first().waitFor();
    const titles = await reminders.locator('[part~="visit-title"]').allTextContents();
    expect(titles.map((title) => title.trim())).toContain('Appointment');
    expect(await reminders.textContent()).not.toContain('Maya');
    expect(problems).toEqual([]);
    await screenshot(page, 'intranet-officer-reminders');
  });

  it('another officer signs in and sees their own visit only', async () => {
    const { page } = await open('/department-intranet/?user=zoe.martin');
    const reminders = page.locator('wv-reminders');
    await reminders.locator('[part~="visit"]').first().waitFor();
    await expect(reminders.locator('[part~="visit"]').count()).resolves.toBe(1);
    await screenshot(page, 'intranet-officer-zoe');
  });

  it("a manage link opens its one visit with the link's token, which leaves the address bar", async () => {
    const session = {
      role: 'officer',
      officerId: 'officer-zoe-martin',
      departmentId: 'riverton-pd',
      visitId: 'visit-demo-zoe-martin',
    };
    const { token } = await fetch(`${base()}/v1/admin/tokens`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${server?.adminKey ?? ''}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ session }),
    }).then((response) => response.json() as Promise<{ token: string }>);
    const link = (t: string) => `/department-intranet/?visit=visit-demo-zoe-martin#t=${t}`;

    const { page, problems } = await open(link(token));
    const booking = page.locator('wv-booking');
    await expect
      .poll(() => booking.locator('[part~="heading"]').textContent())
      .toBe('You are booked');
    expect(page.url()).not.toContain(token);
    expect(problems).toEqual([]);
    await screenshot(page, 'intranet-manage-link');

    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const { page: other } = await open(link(altered));
    await expect
      .poll(() => other.locator('wv-booking [part~="announcer"]').textContent())
      .toBe('This link is not valid. Copy all of it from your email.');
  });

  it("shows the booking widget in the practice's branding, light and dark", async () => {
    for (const [theme, path] of [
      ['light', '/clinician-practice/'],
      ['dark', '/clinician-practice/?theme=dark'],
    ] as const) {
      const { page, problems } = await open(path);
      const option = page.locator('wv-booking [part~="option"]').first();
      await option.waitFor();
      const heading = page.locator('wv-booking [part~="heading"]').first();
      await expect(heading.evaluate((el) => getComputedStyle(el).fontStyle)).resolves.toBe(
        'italic',
      );
      const background = await page
        .locator('wv-booking')
        .evaluate((el) => getComputedStyle(el).getPropertyValue('--wv-color-accent').trim());
      expect(background).toBe(theme === 'dark' ? '#7fd1c7' : '#0f5e5a');
      expect(problems).toEqual([]);
      await screenshot(page, `practice-booking-${theme}`);
    }
  });

  it('the clinician moves the demo clock past the visit and marks it attended', async () => {
    const { page, problems } = await open(
      `/clinician-practice/console.html?clinician=${visit.clinicianId}`,
    );
    const { now } = (await (await fetch(`${base()}/demo/clock`)).json()) as { now: string };
    const hours = Math.ceil((Date.parse(visit.start) - Date.parse(now)) / 3_600_000);
    await page.locator('#hours').fill(String(hours));
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Advance the clock' }).click(),
    ]);
    const moved = (await (await fetch(`${base()}/demo/clock`)).json()) as { now: string };
    expect(Date.parse(moved.now)).toBeGreaterThanOrEqual(Date.parse(visit.start));

    const schedule = page.locator('wv-clinician-schedule');
    const row = schedule.locator('[part~="visit"]', { hasText: 'Grace Whitfield' });
    await row.locator('[part~="mark-attended"]').click();
    // A mark is one deliberate step away: the schedule asks before it sends it.
    await row.locator('[part~="confirm-button"]').click();
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 20_000 }).toBe('fulfilled');
    expect(problems).toEqual([]);
    await screenshot(page, 'practice-clinician-console');
  });

  it('the department sees completed, and never the time, clinician or place', async () => {
    // Department surfaces see marks in the daily batch, never minutes after them: move the demo
    // clock a day on, past the next one.
    const advanced = await fetch(`${base()}/demo/advance-time`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ minutes: 24 * 60 }),
    });
    expect(advanced.status).toBe(200);
    const page = await context.newPage();
    const problems = watchPageProblems(page);
    const responses: Promise<string>[] = [];
    page.on('response', (response: Response) => {
      responses.push(
        response.text().then(
          (body) => `${response.url()}\n${JSON.stringify(response.headers())}\n${body}`,
          () => response.url(),
        ),
      );
    });
    await page.goto(`${base()}/department-intranet/?user=wellness.coordinator`);

    const badge = page.locator('wv-attendance-badge[officer-id="officer-grace-whitfield"]');
    await expect
      .poll(() => badge.locator('[part~="badge"]').getAttribute('data-status'), {
        timeout: 20_000,
      })
      .toBe('completed');
    const roster = page.locator('wv-attendance-roster');
    await roster.locator('[part~="search"]').fill('Grace Whitfield');
    await expect
      .poll(
        () =>
          roster
            .locator('[part~="row"]', { hasText: 'Grace Whitfield' })
            .locator('[part~="status-label"]')
            .getAttribute('data-status'),
        { timeout: 20_000 },
      )
      .toBe('completed');
    await screenshot(page, 'intranet-department-admin');

    const seen = [await deepText(page), ...(await Promise.all(responses))].join('\n');
    const forbidden = [
      visit.start,
      visit.end,
      visit.start.replace(/\.\d{3}Z$/, 'Z'),
      visit.id,
      'Maya Brooks',
      visit.clinicianId,
      visit.place ?? '',
      new Intl.DateTimeFormat('en-US', {
        timeZone: 'America/Chicago',
        hour: 'numeric',
        minute: '2-digit',
      }).format(new Date(visit.start)),
    ];
    for (const secret of forbidden) {
      expect(secret.length).toBeGreaterThan(3);
      expect(seen, `the department page shows ${secret}`).not.toContain(secret);
    }
    expect(responses.length).toBeGreaterThan(3);
    // The intranet's host backend minted every token; its API key never reached the browser.
    expect(seen).not.toContain(server?.adminKey);
    expect(problems).toEqual([]);
  });
});

describe("the intranet's host backend and the demo clock", () => {
  const post = (path: string, body: unknown) =>
    fetch(`${base()}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('mints a token for a known intranet user, and answers with the token only', async () => {
    const response = await post('/department-intranet/session-token', { user: 'zoe.martin' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'token']);
    const session = await api<{ role: string; officerId: string }>(
      '/v1/session',
      String(body.token),
    );
    expect(session).toMatchObject({ role: 'officer', officerId: 'officer-zoe-martin' });
  });

  it('refuses a user the intranet does not know, and a body that is not JSON', async () => {
    await expect(
      post('/department-intranet/session-token', { user: 'officer-zoe-martin' }),
    ).resolves.toHaveProperty('status', 403);
    const notJson = await fetch(`${base()}/department-intranet/session-token`, {
      method: 'POST',
      body: 'user=zoe.martin',
    });
    expect(notJson.status).toBe(400);
  });

  it('moves the clock forward only, by a valid number of minutes', async () => {
    const read = async () =>
      Date.parse(((await (await fetch(`${base()}/demo/clock`)).json()) as { now: string }).now);
    const before = await read();
    for (const minutes of [0, -60, 1.5, '60', 60 * 24 * 91]) {
      const refused = await post('/demo/advance-time', { minutes });
      expect(refused.status, `minutes: ${String(minutes)}`).toBe(422);
    }
    expect((await read()) - before).toBeLessThan(60_000);
    expect((await post('/demo/advance-time', { minutes: 60 })).status).toBe(200);
    expect((await read()) - before).toBeGreaterThanOrEqual(3_600_000);
  });
});
