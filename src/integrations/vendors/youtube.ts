/**
 * YouTube embeds, from youtube-nocookie.com (privacy-enhanced mode) and only after consent.
 *
 * Docs (not retrieved here): https://support.google.com/youtube/answer/171780 (privacy-enhanced mode, the
 * youtube-nocookie.com embed host) and https://developers.google.com/youtube/player_parameters (`start`).
 * Consent API: none needed: a frame is not loaded before consent, and the gate unloads it again on
 * withdrawal (an unloaded copy goes back behind its placeholder).
 * How: `<iframe data-youtube="VIDEO_ID or URL" title="…" width height>` becomes a gate-tagged frame
 * (`data-consent` = the integration's purposes, `data-src` = the nocookie embed URL), so the gate's
 * placeholder (Load once / Always allow) stands in for it. Frames the site tagged itself with a
 * youtube.com embed URL are moved to youtube-nocookie.com. Without a gate on the page, the frames are
 * loaded and unloaded here, without a placeholder.
 * Not verified: which cookies the player sets on youtube.com once a video plays (third-party, outside the
 * page's reach); the rows below are the commonly listed ones.
 */
import type { Vendor, VendorContext } from '../types';
import { DEVICE, IP, US, cookie, months, named, SESSION, t } from './common';

const NOCOOKIE = 'www.youtube-nocookie.com';
const VIDEO = /^[\w-]{11}$/;
const YT = /^((www|m)\.)?youtube(-nocookie)?\.com$/;

/**
 * The youtube-nocookie.com embed URL for a video id or a YouTube URL (watch, youtu.be, embed, shorts,
 * live); `undefined` for anything else (other hosts, `javascript:`, malformed ids). Embed URLs keep their
 * query (player parameters); others keep only the start time.
 */
export function youtubeEmbedUrl(input: string | null | undefined): string | undefined {
  if (!input) return;
  if (VIDEO.test(input)) return `https://${NOCOOKIE}/embed/${input}`;
  let u: URL;
  try {
    u = new URL(input);
  } catch {
    return;
  }
  if (!/^https?:$/.test(u.protocol)) return;
  const [kind, rest] = u.pathname.split('/').filter(Boolean);
  let id: string | null = null;
  if (u.hostname == 'youtu.be') id = kind;
  else if (YT.test(u.hostname)) {
    if (kind == 'embed' && VIDEO.test(rest || '')) return `https://${NOCOOKIE}/embed/${rest}${u.search}`;
    id = kind == 'watch' ? u.searchParams.get('v') : /^(shorts|live|v)$/.test(kind) ? rest : null;
  }
  if (!id || !VIDEO.test(id)) return;
  const start = parseInt(u.searchParams.get('start') || u.searchParams.get('t') || '', 10);
  return `https://${NOCOOKIE}/embed/${id}${start > 0 ? '?start=' + start : ''}`;
}

/** Tags the frames under `root` for the gate; returns how many it changed. */
function tag(c: VendorContext, root: ParentNode): number {
  let n = 0;
  const all = (sel: string) => {
    const found = Array.from(root.querySelectorAll<HTMLIFrameElement>(sel));
    if ((root as Element).matches && (root as Element).matches(sel)) found.unshift(root as HTMLIFrameElement);
    return found;
  };
  for (const f of all('iframe[data-youtube]:not([data-src])')) {
    const url = youtubeEmbedUrl(f.getAttribute('data-youtube'));
    // a frame that already has src loaded before consentry ran: nothing can take that back
    if (!url || f.hasAttribute('src')) {
      const warned: WeakSet<Element> = (c.state.warned ||= new WeakSet());
      if (!warned.has(f)) c.w.console.warn('consentry: data-youtube needs a video id or YouTube URL and no src', f);
      warned.add(f);
      continue;
    }
    if (!f.hasAttribute('data-consent')) f.setAttribute('data-consent', c.purposes.join(' '));
    f.setAttribute('data-src', url);
    n++;
  }
  for (const f of all('iframe[data-consent][data-src]')) {
    const src = f.getAttribute('data-src')!;
    const url = /^https?:\/\/((www|m)\.)?youtube\.com\/embed\//.test(src) && youtubeEmbedUrl(src);
    if (url) f.setAttribute('data-src', url), n++;
  }
  return n;
}

/** Without a gate: load (or unload) the frames this integration tagged. */
function frames(c: VendorContext, on: boolean): void {
  if (c.refreshGate) return;
  for (const f of Array.from(c.doc.querySelectorAll<HTMLIFrameElement>('iframe[data-youtube][data-src]')))
    if (on && !f.src) f.src = f.getAttribute('data-src')!;
    else if (!on && f.hasAttribute('src')) {
      const copy = f.cloneNode(true) as HTMLIFrameElement;
      copy.removeAttribute('src');
      f.replaceWith(copy);
    }
}

export const youtube: Vendor = {
  name: 'youtube',
  label: 'YouTube',
  hosts: [
    NOCOOKIE,
    'www.youtube.com',
    '*.ytimg.com',
    '*.googlevideo.com',
    '*.ggpht.com',
    'www.google.com',
    'jnn-pa.googleapis.com',
    'static.doubleclick.net',
  ],
  consentApi: null,
  id: null,
  options: {},
  cookies: [],
  disclosure: {
    recipient: named('Google LLC', 'Google LLC'),
    contact: 'https://policies.google.com/privacy',
    countryCode: 'US',
    country: US,
    purpose: t({
      ko: '동영상 재생',
      en: 'playing videos',
      ja: '動画の再生',
      'zh-CN': '播放视频',
      'zh-TW': '播放影片',
      de: 'Abspielen von Videos',
      fr: 'lecture des vidéos',
      es: 'reproducción de vídeos',
    }),
    items: [
      t({
        ko: '재생한 동영상과 재생 기록',
        en: 'the video played and viewing activity',
        ja: '再生した動画と視聴履歴',
        'zh-CN': '播放的视频及观看记录',
        'zh-TW': '播放的影片及觀看紀錄',
        de: 'das abgespielte Video und Ihre Wiedergabeaktivität',
        fr: 'la vidéo lue et l’historique de visionnage',
        es: 'el vídeo reproducido y la actividad de visualización',
      }),
      DEVICE,
      IP,
    ],
    retention: t({
      ko: 'Google 개인정보처리방침에 따름',
      en: "as Google's privacy policy says",
      ja: 'Google のプライバシーポリシーによる',
      'zh-CN': '依照 Google 隐私政策',
      'zh-TW': '依 Google 隱私權政策',
      de: 'gemäß der Datenschutzerklärung von Google',
      fr: 'selon les règles de confidentialité de Google',
      es: 'según la política de privacidad de Google',
    }),
    timing: t({
      ko: '동의한 뒤 동영상이 있는 페이지를 열 때',
      en: 'when you open a page with a video after agreeing',
      ja: '同意後、動画のあるページを開いたとき',
      'zh-CN': '您同意后，打开含有视频的页面时',
      'zh-TW': '您同意後，開啟含有影片的頁面時',
      de: 'wenn Sie nach Ihrer Einwilligung eine Seite mit einem Video öffnen',
      fr: 'lorsque vous ouvrez une page contenant une vidéo, après votre consentement',
      es: 'cuando abre una página con un vídeo, tras su consentimiento',
    }),
    method: t({
      ko: '브라우저가 youtube-nocookie.com에서 동영상을 불러올 때 전송',
      en: 'sent when your browser loads the video from youtube-nocookie.com',
      ja: 'お使いのブラウザが youtube-nocookie.com から動画を読み込むときに送信',
      'zh-CN': '在您的浏览器从 youtube-nocookie.com 加载视频时发送',
      'zh-TW': '在您的瀏覽器從 youtube-nocookie.com 載入影片時傳送',
      de: 'gesendet, wenn Ihr Browser das Video von youtube-nocookie.com lädt',
      fr: 'envoyées lorsque votre navigateur charge la vidéo depuis youtube-nocookie.com',
      es: 'se envían cuando su navegador carga el vídeo desde youtube-nocookie.com',
    }),
    cookies: [
      cookie(
        'VISITOR_INFO1_LIVE',
        'third',
        months(6),
        t({
          ko: '재생 환경 측정(youtube.com, 재생 시)',
          en: 'playback measurement (youtube.com, once you play)',
          ja: '再生環境の測定（youtube.com、再生時）',
          'zh-CN': '播放环境测量（youtube.com，播放时）',
          'zh-TW': '播放環境測量（youtube.com，播放時）',
          de: 'Messung der Wiedergabe (youtube.com, sobald Sie ein Video abspielen)',
          fr: 'mesure de la lecture (youtube.com, dès que vous lancez la vidéo)',
          es: 'medición de la reproducción (youtube.com, al reproducir el vídeo)',
        }),
        'YouTube',
      ),
      cookie(
        'YSC',
        'third',
        SESSION,
        t({
          ko: '재생 통계(youtube.com, 재생 시)',
          en: 'viewing statistics (youtube.com, once you play)',
          ja: '再生の統計（youtube.com、再生時）',
          'zh-CN': '播放统计（youtube.com，播放时）',
          'zh-TW': '播放統計（youtube.com，播放時）',
          de: 'Wiedergabestatistik (youtube.com, sobald Sie ein Video abspielen)',
          fr: 'statistiques de visionnage (youtube.com, dès que vous lancez la vidéo)',
          es: 'estadísticas de visualización (youtube.com, al reproducir el vídeo)',
        }),
        'YouTube',
      ),
    ],
  },
  prepare(c) {
    if (tag(c, c.doc) && c.refreshGate) c.refreshGate();
    const Obs = c.w.MutationObserver;
    if (!Obs) return;
    // embeds inserted later (SPA views) are tagged as they arrive
    const obs = new Obs((records: MutationRecord[]) => {
      let n = 0;
      for (const r of records) r.addedNodes.forEach((node) => node.nodeType == 1 && (n += tag(c, node as Element)));
      if (n)
        c.refreshGate
          ? c.refreshGate()
          : frames(
              c,
              c.purposes.every((p) => c.consent.isGranted(p)),
            );
    });
    obs.observe(c.doc, { childList: true, subtree: true });
    c.state.stop = () => obs.disconnect();
  },
  load: (c) => frames(c, true),
  grant: (c) => frames(c, true),
  revoke: (c) => frames(c, false),
};
