import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsentConfig } from '../../src/core/types';
import type { Receipt } from '../../src/receipts/types';

/** A fixed receipt without `hash` (its hash is a literal in chain.test.ts). */
export function fixedReceipt(over: Partial<Receipt> = {}): Omit<Receipt, 'hash'> {
  return {
    schema: 'consentry.receipt/1',
    id: '3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b',
    subjectId: 'sub_4J9kQ2mX7pLw',
    timestamp: '2026-03-01T09:30:00.000Z',
    method: 'banner',
    locale: 'ko',
    controller: { name: '예시 주식회사', contact: 'privacy@example.com', jurisdiction: 'KR' },
    policy: { version: '2026-02-15', url: 'https://example.com/privacy' },
    purposes: [
      {
        id: 'analytics',
        version: '1',
        necessity: 'optional',
        kind: 'analytics',
        state: 'given',
        title: '이용 통계 분석',
        noticeHash: 'a'.repeat(64),
      },
      {
        id: 'marketing',
        version: '2',
        necessity: 'optional',
        kind: 'marketing',
        state: 'refused',
        title: '마케팅 정보 수신',
        noticeHash: 'b'.repeat(64),
        channels: { email: 'refused', sms: 'refused' },
        nightTime: 'refused',
      },
    ],
    gpc: false,
    sdk: { name: 'consentry', version: '0.1.0' },
    prev: null,
    ...over,
  };
}

const t = (ko: string, en: string) => ({ ko, en });

let n = 0;
/** A cookie / store name no other test uses. */
export const unique = (p = 'rc') => `${p}${Date.now().toString(36)}${(n++).toString(36)}`;

/** A shop's config with every kind of purpose a receipt has to describe. */
export function shopConfig(over: Partial<ConsentConfig> = {}): ConsentConfig {
  return {
    controller: {
      name: t('한빛상점', 'Hanbit Store'),
      contact: 'privacy@hanbit.example',
      email: 'privacy@hanbit.example',
      phone: '+82-2-555-0100',
      address: t('서울시 중구 세종대로 1', '1 Sejong-daero, Jung-gu, Seoul'),
      jurisdiction: 'KR',
    },
    policy: { version: '2026-03', url: '/privacy' },
    locale: 'ko',
    purposes: [
      {
        id: 'account',
        necessity: 'required',
        kind: 'service',
        title: t('회원 계정 운영', 'Running your account'),
        purpose: t('로그인과 주문 내역 관리', 'Sign-in and order history'),
        items: [t('아이디', 'user id'), t('비밀번호 해시', 'password hash')],
        retention: t('회원 탈퇴 시까지', 'until you close the account'),
        refusal: t('동의가 없으면 회원 가입이 불가합니다', 'Without it no account can be opened'),
      },
      {
        id: 'stats',
        necessity: 'optional',
        kind: 'analytics',
        version: 2,
        title: t('방문 통계', 'Visit statistics'),
        purpose: t('화면 개선을 위한 이용 분석', 'Usage analysis to improve pages'),
        items: [t('조회한 화면', 'screens viewed')],
        retention: t('13개월', '13 months'),
        refusal: t('거부해도 모든 기능을 쓸 수 있습니다', 'Every feature still works if you refuse'),
      },
      {
        id: 'news',
        necessity: 'optional',
        bannerDetails: true,
        kind: 'marketing',
        channels: ['email', 'sms'],
        nightTime: true,
        title: t('혜택 소식 받기', 'Deals and news'),
        purpose: t('쿠폰과 행사 안내 발송', 'Sending coupons and event news'),
        items: [t('이메일 주소', 'e-mail address'), t('휴대전화번호', 'mobile number')],
        retention: t('수신 동의 철회 시까지', 'until you unsubscribe'),
        refusal: t('거부해도 주문에는 영향이 없습니다', 'Refusing does not affect orders'),
      },
      {
        id: 'ads',
        necessity: 'optional',
        kind: 'advertising',
        title: t('관심 기반 광고', 'Interest-based ads'),
        purpose: t('관심사에 맞춘 광고 표시', 'Showing ads that match your interests'),
        items: [t('광고 식별자', 'ad identifier')],
        retention: t('6개월', '6 months'),
        refusal: t('거부하면 일반 광고만 보입니다', 'You see only generic ads'),
      },
      {
        id: 'courier',
        necessity: 'optional',
        bannerDetails: true,
        kind: 'third_party',
        title: t('택배사 정보 제공', 'Sharing with the courier'),
        recipients: [
          {
            name: t('빠른택배', 'Quick Courier'),
            purpose: t('배송', 'delivery'),
            items: [t('주소', 'address'), t('연락처', 'phone')],
            retention: t('배송 후 1개월', '1 month after delivery'),
          },
        ],
        refusal: t('거부하면 직접 수령만 가능합니다', 'Only in-store pickup is available if you refuse'),
      },
      {
        id: 'cloud',
        necessity: 'optional',
        bannerDetails: true,
        kind: 'overseas_transfer',
        title: t('해외 클라우드 보관', 'Storage in an overseas cloud'),
        transfer: {
          country: t('미국', 'United States'),
          recipient: t('클라우드 사업자', 'Cloud host Inc.'),
          contact: 'dpo@cloudhost.example',
          timing: t('주문 시 즉시', 'at the time of order'),
          method: t('네트워크 전송', 'network transfer'),
          purpose: t('주문 데이터 보관', 'storing order data'),
          items: [t('주문 내역', 'order history')],
          retention: t('5년', '5 years'),
        },
        refusal: t('거부하면 국내 서버에만 보관합니다', 'Data stays on domestic servers if you refuse'),
      },
      {
        id: 'health',
        necessity: 'optional',
        bannerDetails: true,
        kind: 'sensitive',
        title: t('건강 정보', 'Health information'),
        purpose: t('맞춤 영양제 추천', 'Supplement recommendations'),
        items: [t('알레르기 정보', 'allergy information')],
        retention: t('1년', '1 year'),
        refusal: t('거부해도 일반 상품은 구매할 수 있습니다', 'You can still buy other products'),
      },
    ],
    receipts: { endpoint: 'https://collector.example/v1/receipts' },
    children: { minimumAge: 14 },
    ...over,
  } as ConsentConfig;
}

/** A JSON file of the repository (tests run from its root). */
export function repoJson(path: string): any {
  // happy-dom's import.meta.url is not a file: URL, so resolve from the working directory
  return JSON.parse(readFileSync(join(process.cwd(), path), 'utf8'));
}
