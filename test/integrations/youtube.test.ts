// YouTube: frames become gate-tagged youtube-nocookie.com embeds, blocked (no request) until consent, loaded
// by the gate on agreement and unloaded on withdrawal; the URL parser refuses anything but YouTube.
import { describe, it, expect, afterEach } from 'vitest';
import { startIntegrations, type IntegrationsController } from '../../src/integrations/layer';
import { youtubeEmbedUrl } from '../../src/integrations/vendors/youtube';
import { gate, type GateController } from '../../src/gate/block';
import { memoryConsent } from '../gate/fixtures';
import { page } from './harness';

const stops: (IntegrationsController | GateController)[] = [];
afterEach(() => stops.splice(0).forEach((c) => c.stop()));
const YT = { vendor: 'youtube' as const, purpose: 'video' };
const frames = (p: ReturnType<typeof page>) => Array.from(p.w.document.querySelectorAll('iframe')) as unknown as HTMLIFrameElement[];

describe('youtubeEmbedUrl', () => {
  it.each([
    ['dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42'],
    ['https://youtu.be/dQw4w9WgXcQ?t=7', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=7'],
    ['https://m.youtube.com/shorts/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0&start=5', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&start=5'],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
  ])('%s → %s', (input, out) => expect(youtubeEmbedUrl(input)).toBe(out));

  it.each([
    'javascript:alert(1)//dQw4w9WgXcQ',
    'https://evil.example/embed/dQw4w9WgXcQ',
    'https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'dQw4w9WgXc',
    'https://www.youtube.com/watch?v=<script>',
    '',
    'data:text/html,x',
  ])('refuses %s', (input) => expect(youtubeEmbedUrl(input)).toBeUndefined());
});

describe('youtube with the gate', () => {
  it('tags the frame for the gate with the nocookie URL and requests nothing before consent', async () => {
    const p = page(
      '',
      '<iframe data-youtube="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="Tour" width="560" height="315"></iframe>',
    );
    const consent = memoryConsent();
    const g = gate(consent, { root: p.w.document, placeholder: false });
    stops.push(g);
    stops.push(startIntegrations(consent, [YT], p.env({ refreshGate: g.refresh })));
    const [f] = frames(p);
    expect(f.getAttribute('data-consent')).toBe('video');
    expect(f.getAttribute('data-src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(f.hasAttribute('src')).toBe(false);

    await consent.decide({ video: 'agree' });
    expect(frames(p)[0].getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');

    await consent.withdraw('video');
    // the gate put an unloaded copy in its place
    expect(frames(p)).toHaveLength(1);
    expect(frames(p)[0].hasAttribute('src')).toBe(false);
  });

  it('moves a frame the site tagged with a youtube.com embed to youtube-nocookie.com', () => {
    const p = page('', '<iframe data-consent="video" data-src="https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0" title="T"></iframe>');
    stops.push(startIntegrations(memoryConsent(), [YT], p.env()));
    expect(frames(p)[0].getAttribute('data-src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0');
  });

  it('tags frames inserted later, and leaves bad ones unloaded', async () => {
    const p = page();
    const warnings: unknown[] = [];
    p.w.console.warn = (...a: unknown[]) => void warnings.push(a);
    const consent = memoryConsent();
    const g = gate(consent, { root: p.w.document, placeholder: false });
    stops.push(g);
    stops.push(startIntegrations(consent, [YT], p.env({ refreshGate: g.refresh })));
    p.w.document.body.innerHTML =
      '<div><iframe data-youtube="dQw4w9WgXcQ" title="A"></iframe><iframe data-youtube="javascript:alert(1)" title="B"></iframe></div>';
    await new Promise((r) => setTimeout(r, 0));
    const [a, b] = frames(p);
    expect(a.getAttribute('data-src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(b.hasAttribute('data-src')).toBe(false);
    expect(warnings).toHaveLength(1);
    await consent.decide({ video: 'agree' });
    expect(frames(p)[0].getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(frames(p)[1].hasAttribute('src')).toBe(false);
  });
});

describe('youtube without a gate', () => {
  it('loads and unloads the frames itself', async () => {
    const p = page('', '<iframe data-youtube="dQw4w9WgXcQ" title="Tour"></iframe>');
    const consent = memoryConsent();
    stops.push(startIntegrations(consent, [YT], p.env()));
    expect(frames(p)[0].hasAttribute('src')).toBe(false);
    await consent.decide({ video: 'agree' });
    expect(frames(p)[0].getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    await consent.withdraw('video');
    expect(frames(p)[0].hasAttribute('src')).toBe(false);
  });
});
