import { within } from '@testing-library/preact';
import { createConsent } from '../../src/core';
import type { Consent, ConsentConfig, CreateOptions, DecisionEvent } from '../../src/core';
import { builtinLocale } from '../../src/core/locales';
import { mountConsentUI } from '../../src/ui';
import { uiLocale } from '../../src/ui/locale';
import type { ConsentUI, MountOptions } from '../../src/ui';

const L = (ko: string, en: string) => ({ ko, en });

/** A site config in the seeds' style: a notice, two optional items, marketing with channels, provision, overseas. */
export function siteConfig(over: Partial<ConsentConfig> = {}): ConsentConfig {
  return {
    controller: { name: L('(주)테스트', 'Test Co.'), contact: 'privacy@test.example' },
    policy: { version: '2026-01-01', url: '/privacy' },
    purposes: [
      {
        id: 'essential',
        necessity: 'notice',
        kind: 'service',
        title: L('필수 쿠키', 'Essential cookies'),
        purpose: L('로그인 유지', 'Keeping you signed in'),
        items: [L('세션 쿠키', 'session cookie')],
        retention: L('브라우저 종료 시', 'until the browser closes'),
        legalBasis: L('계약 이행', 'contract'),
      },
      {
        id: 'analytics',
        necessity: 'optional',
        kind: 'analytics',
        title: L('이용 통계', 'Usage statistics'),
        purpose: L('서비스 개선', 'Improving the service'),
        items: [L('방문 페이지', 'pages visited')],
        retention: L('14개월', '14 months'),
        refusal: L('거부해도 제한이 없습니다', 'Refusing does not limit the service'),
      },
      {
        id: 'marketing',
        necessity: 'optional',
        kind: 'marketing',
        channels: ['email', 'sms', 'push'],
        nightTime: true,
        title: L('광고성 정보 수신', 'Advertising messages'),
        purpose: L('혜택 안내', 'Offers'),
        items: [L('이메일 주소', 'e-mail address'), L('휴대전화번호', 'mobile number')],
        retention: L('철회 시까지', 'until withdrawn'),
        refusal: L('거부해도 제한이 없습니다', 'Refusing does not limit the service'),
      },
      {
        id: 'provision',
        necessity: 'optional',
        kind: 'third_party',
        title: L('제3자 제공', 'Sharing with a partner'),
        recipients: [
          {
            name: L('(주)파트너', 'Partner Co.'),
            purpose: L('결제 처리', 'payments'),
            items: [L('이름', 'name')],
            retention: L('5년', '5 years'),
          },
        ],
        refusal: L('거부하면 할인 결제를 이용할 수 없습니다', 'Without it, no discounted payment'),
      },
      {
        id: 'overseas',
        necessity: 'optional',
        kind: 'overseas_transfer',
        title: L('국외 이전', 'Transfer abroad'),
        transfer: {
          country: L('미국', 'United States'),
          recipient: 'Mailer Inc.',
          contact: 'privacy@mailer.example',
          timing: L('발송 시', 'when sending'),
          method: L('TLS 전송', 'over TLS'),
          purpose: L('메일 발송', 'sending e-mail'),
          items: [L('이메일 주소', 'e-mail address')],
          retention: L('30일', '30 days'),
        },
        refusal: L('거부해도 제한이 없습니다', 'Refusing does not limit the service'),
      },
    ],
    ...over,
  } as ConsentConfig;
}

/** The same with required sign-up items in front (terms, privacy collection). */
export function signupConfig(over: Partial<ConsentConfig> = {}): ConsentConfig {
  const base = siteConfig();
  const required = (id: string, ko: string, en: string) => ({
    id,
    necessity: 'required' as const,
    kind: 'service' as const,
    title: L(ko, en),
    purpose: L('회원 관리', 'Managing your account'),
    items: [L('이메일', 'e-mail')],
    retention: L('탈퇴 시까지', 'until you leave'),
    refusal: L('동의하지 않으면 가입할 수 없습니다', 'Without it you cannot sign up'),
  });
  return {
    ...base,
    purposes: [
      required('terms', '이용약관', 'Terms of service'),
      required('privacy', '개인정보 수집·이용', 'Collection and use'),
      ...base.purposes,
    ],
    ...over,
  } as ConsentConfig;
}

export function makeConsent(config: ConsentConfig = siteConfig(), opts: CreateOptions = {}): Consent {
  return createConsent(config, { storage: 'memory', crossTab: false, ...opts });
}

/** Records the `decision` events. */
export function decisions(c: Consent): DecisionEvent[] {
  const out: DecisionEvent[] = [];
  c.on('decision', (d) => void out.push(d));
  return out;
}

export const flush = () => new Promise((r) => setTimeout(r, 0));

/** Mounts the widget and waits until the first layer is drawn; `q` queries inside its shadow root. */
export async function mount(
  consent: Consent,
  options: MountOptions = {},
): Promise<{ ui: ConsentUI; root: ShadowRoot; q: ReturnType<typeof within> }> {
  const ui = mountConsentUI(consent, options);
  await consent.ready;
  // the first layer's texts, the banner's and the reopen button's code are chunks of their own, and their first import in a test
  // file can take longer than a tick: the same imports, awaited, let the widget's settle first
  const locale = builtinLocale(uiLocale(options.locale, consent.config.locale, options.strings)) || 'en';
  await import(`../../src/ui/strings/first-layer/${locale}.ts`);
  if (options.layout != 'form' && consent.needsDecision()) await import('../../src/ui/widget-banner');
  if (options.reopenButton) await import('../../src/ui/reopen');
  await flush();
  const root = ui.el.shadowRoot!;
  return { ui, root, q: within(root as unknown as HTMLElement) };
}

/** The focused element inside the widget's shadow root (or the page's). */
export const focused = (root: ShadowRoot) => root.activeElement || document.activeElement;

export const $ = <T extends Element = HTMLElement>(root: ParentNode, sel: string) => root.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(root: ParentNode, sel: string) => Array.from(root.querySelectorAll<T>(sel));
