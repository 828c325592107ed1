import { createConsent } from '../../src/core/index';
import type { ConsentConfig, Purpose } from '../../src/core/types';

const t = (ko: string, en: string) => ({ ko, en });

/** Purposes of a small shop: one of each kind the gate maps to Consent Mode. */
export const shopPurposes: Purpose[] = [
  {
    id: 'essential',
    necessity: 'notice',
    kind: 'service',
    title: t('필수 기능', 'Essential functions'),
    purpose: t('로그인 유지', 'Keeping you signed in'),
    items: [t('세션 쿠키', 'session cookie')],
    retention: t('세션 종료 시', 'until the session ends'),
    legalBasis: t('계약 이행', 'contract'),
  },
  {
    id: 'stats',
    necessity: 'optional',
    kind: 'analytics',
    title: t('방문 통계', 'Visit statistics'),
    purpose: t('페이지 이용 분석', 'Analysing page use'),
    items: [t('방문 기록', 'visit log')],
    retention: t('14개월', '14 months'),
    refusal: t('거부해도 불이익이 없습니다', 'No disadvantage if you refuse'),
    cookies: [
      { name: '_ga', party: 'first', lifetime: t('2년', '2 years') },
      { name: '_ga_*', party: 'first', lifetime: t('2년', '2 years') },
    ],
  },
  {
    id: 'news',
    necessity: 'optional',
    kind: 'marketing',
    title: t('소식 받기', 'Newsletter'),
    purpose: t('행사 안내', 'Event news'),
    items: [t('이메일', 'e-mail')],
    retention: t('철회 시까지', 'until withdrawn'),
    refusal: t('거부해도 불이익이 없습니다', 'No disadvantage if you refuse'),
  },
  {
    id: 'ads',
    necessity: 'optional',
    kind: 'advertising',
    title: t('맞춤 광고', 'Tailored ads'),
    purpose: t('관심 기반 광고', 'Interest-based ads'),
    items: [t('광고 식별자', 'ad id')],
    retention: t('1년', '1 year'),
    refusal: t('거부하면 일반 광고를 봅니다', 'You see generic ads instead'),
    cookies: [{ name: 'NID', party: 'third', lifetime: t('6개월', '6 months'), provider: 'Google' }],
    cleanup: { cookies: ['_fbp', 'ad_*'], domains: ['ads.shop.example'], paths: ['/promo'] },
  },
  {
    id: 'video',
    necessity: 'optional',
    kind: 'functional',
    title: t('동영상 보기', 'Video player'),
    purpose: t('외부 동영상 재생', 'Playing hosted videos'),
    items: [t('재생 기록', 'viewing history')],
    retention: t('6개월', '6 months'),
    refusal: t('거부하면 동영상이 표시되지 않습니다', 'Videos are not shown if you refuse'),
  },
];

export function shopConfig(extra: Partial<ConsentConfig> = {}): ConsentConfig {
  return {
    controller: { name: t('테스트 상점', 'Test Shop'), contact: 'privacy@shop.example' },
    policy: { version: '2026-01-01', url: '/privacy' },
    purposes: shopPurposes,
    ...extra,
  };
}

/** A consent instance kept in memory (no cookie, no IndexedDB, no other tabs). */
export function memoryConsent(extra: Partial<ConsentConfig> = {}) {
  return createConsent(shopConfig(extra), { storage: 'memory', crossTab: false });
}
