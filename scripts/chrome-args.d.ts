/** Debian's Chromium, or CHROME_PATH. */
export const chromePath: string;
/** Flags that let Chromium start as root in a container with no network besides loopback. */
export const chromeArgs: string[];
