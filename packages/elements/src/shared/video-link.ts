import { str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Visit } from '@wellvisit/sdk';
import { formatTime } from './format.js';
import { msg } from './localization.js';

/**
 * A virtual visit's video link, as the backend sent it: "Join the video call" while it may be
 * shown, or when it will appear (the backend withholds the link until then; this only says so).
 * Part: `video`, the link or the line saying when it appears.
 */
export function renderVideoLink(
  video: Visit['video'],
  timeZone: string,
): TemplateResult | typeof nothing {
  if (video?.url !== undefined) {
    return html`<a part="video" href=${video.url} target="_blank" rel="noopener noreferrer"
      >${msg('Join the video call', { id: 'shared.video.join' })}</a
    >`;
  }
  if (video?.opensAt === undefined) return nothing;
  const at = formatTime(video.opensAt, timeZone);
  return html`<span part="video"
    >${msg(str`The video link appears at ${at}`, { id: 'shared.video.pending' })}</span
  >`;
}
