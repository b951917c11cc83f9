// A test-runner command that emulates Windows High Contrast (`forced-colors: active`) through the
// DevTools protocol: Chromium then forces system colours and drops box-shadows, as Windows does.
// From a test: `await executeServerCommand('forced-colors', { active: true })`.
export function forcedColorsPlugin() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
