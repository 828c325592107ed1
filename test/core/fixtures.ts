import type { ConsentConfig, Purpose } from '../../src/core/types';

let n = 0;
/** A cookie name no other test uses: cookies, the IndexedDB mirror and BroadcastChannel are keyed by it. */
export const uniqueName = () => `cst${Date.now().toString(36)}${(n++).toString(36)}`;

const text = (ko: string, en: string) => ({ ko, en });

export const purposes = {
  essential: {
    id: 'essential',
    necessity: 'notice',
    kind: 'service',
    title: text('필수 쿠키', 'Essential cookies'),
    purpose: text('로그인 상태를 유지합니다', 'Keeps you signed in'),
    items: [text('세션 식별자', 'session id')],
    retention: text('브라우저를 닫을 때까지', 'until the browser closes'),
    legalBasis: text('계약 이행(개인정보 보호법 제15조 제1항 제4호)', 'contract (PIPA 15(1)4)'),
  },
  terms: {
    id: 'terms',
    necessity: 'required',
    kind: 'service',
    title: text('회원 정보 처리', 'Member data'),
    purpose: text('회원 가입과 본인 확인', 'Sign-up and identity checks'),
    items: [text('이메일', 'e-mail'), text('이름', 'name')],
    retention: text('탈퇴 후 30일', '30 days after leaving'),
    refusal: text('동의하지 않으면 가입할 수 없습니다', 'Without it you cannot sign up'),
  },
  analytics: {
    id: 'analytics',
    necessity: 'optional',
    kind: 'analytics',
    version: 1,
    title: text('이용 통계', 'Usage statistics'),
    purpose: text('서비스 개선을 위한 방문 분석', 'Visit analysis to improve the service'),
    items: [text('방문 페이지', 'pages visited'), text('기기 정보', 'device information')],
    retention: text('수집일로부터 14개월', '14 months from collection'),
    refusal: text('거부해도 서비스 이용에 제한이 없습니다', 'Refusing does not limit the service'),
  },
  marketing: {
    id: 'marketing',
    necessity: 'optional',
    kind: 'marketing',
    channels: ['email', 'sms', 'push'],
    nightTime: true,
    title: text('광고성 정보 수신', 'Marketing messages'),
    purpose: text('할인 행사 안내', 'News of sales and events'),
    items: [text('휴대전화번호', 'mobile number'), text('이메일', 'e-mail')],
    retention: text('동의 철회 시까지', 'until you withdraw'),
    refusal: text('거부해도 구매에 제한이 없습니다', 'Refusing does not limit purchases'),
  },
  ads: {
    id: 'ads',
    necessity: 'optional',
    kind: 'advertising',
    title: text('맞춤형 광고', 'Personalised ads'),
    purpose: text('관심사 기반 광고 제공', 'Ads based on your interests'),
    items: [text('광고 식별자', 'advertising id')],
    retention: text('1년', '1 year'),
    refusal: text('거부하면 일반 광고가 표시됩니다', 'You will see generic ads instead'),
  },
  provision: {
    id: 'provision',
    necessity: 'optional',
    kind: 'third_party',
    title: text('제3자 제공', 'Sharing with partners'),
    recipients: [
      {
        name: text('배송 협력사', 'Delivery partner'),
        purpose: text('상품 배송', 'Delivering orders'),
        items: [text('주소', 'address')],
        retention: text('배송 완료 후 3개월', '3 months after delivery'),
      },
    ],
    refusal: text('거부하면 협력사 배송을 이용할 수 없습니다', 'Partner delivery will not be available'),
  },
  overseas: {
    id: 'overseas',
    necessity: 'optional',
    kind: 'overseas_transfer',
    title: text('국외 이전', 'Transfer abroad'),
    transfer: {
      country: text('미국', 'United States'),
      recipient: 'Example Cloud Inc.',
      contact: 'privacy@cloud.example',
      timing: text('이용 시 수시로', 'whenever you use the service'),
      method: text('네트워크를 통한 전송', 'sent over the network'),
      purpose: text('데이터 보관', 'storing data'),
      items: [text('접속 기록', 'access logs')],
      retention: text('계약 종료 시까지', 'until the contract ends'),
    },
    refusal: text('거부하면 일부 기능을 쓸 수 없습니다', 'Some features will not be available'),
  },
} satisfies Record<string, Purpose>;

/** A valid config with every kind of purpose; `over` replaces top-level keys. */
export function config(over: Partial<ConsentConfig> & Record<string, unknown> = {}): ConsentConfig {
  return {
    controller: { name: text('예시 주식회사', 'Example Co.'), contact: 'privacy@example.com' },
    policy: { version: '2024-01-18', url: '/privacy' },
    purposes: Object.values(purposes).map((p) => structuredClone(p)) as Purpose[],
    cookie: { name: uniqueName() },
    ...over,
  } as ConsentConfig;
}
