// The shop config the receipts e2e test and the cross-engine scenarios share: English, a notice purpose and
// two optional ones (analytics; a marketing purpose with channels and night-time sending), receipts sent to
// a test collector with short retries.

/** The config, with receipts going to `endpoint` and the given `ui` section. */
export function tradingConfig(endpoint: string, ui: Record<string, unknown>) {
  return {
    controller: { name: { ko: '(주)예시상회', en: 'Example Trading Co.' }, contact: 'privacy@trading.example' },
    policy: { version: '2026-11', url: '/privacy/' },
    locale: 'en',
    purposes: [
      {
        id: 'essential',
        necessity: 'notice',
        kind: 'service',
        title: { ko: '필수 쿠키', en: 'Essential cookies' },
        purpose: { ko: '장바구니 유지', en: 'Keeping your cart' },
        items: [{ ko: '세션 쿠키', en: 'session cookie' }],
        retention: { ko: '브라우저 종료 시', en: 'until the browser closes' },
        legalBasis: { ko: '계약 이행', en: 'contract' },
      },
      {
        id: 'analytics',
        necessity: 'optional',
        kind: 'analytics',
        title: { ko: '방문 분석', en: 'Visit analysis' },
        purpose: { ko: '페이지 개선', en: 'Improving pages' },
        items: [{ ko: '방문 기록', en: 'visit log' }],
        retention: { ko: '1년', en: '1 year' },
        refusal: { ko: '거부해도 괜찮습니다', en: 'You may refuse freely' },
      },
      {
        id: 'news',
        necessity: 'optional',
        kind: 'marketing',
        channels: ['email', 'sms'],
        nightTime: true,
        bannerDetails: true,
        title: { ko: '소식 받기', en: 'Newsletter' },
        purpose: { ko: '할인 안내', en: 'Sale announcements' },
        items: [{ ko: '이메일', en: 'e-mail' }],
        retention: { ko: '철회 시까지', en: 'until withdrawn' },
        refusal: { ko: '거부해도 구매할 수 있습니다', en: 'You can still buy' },
      },
    ],
    receipts: { endpoint, retryBaseMs: 200, retryMaxMs: 1500, timeoutMs: 4000 },
    ui,
  };
}
