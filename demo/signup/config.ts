import type { ConsentConfig } from 'consentry';

const L = (ko: string, en: string) => ({ ko, en });

/**
 * The sign-up page's items (an account's consents, kept apart from the site's cookie banner under their
 * own cookie name): the terms of service; the account data the contract needs, as a notice with its legal
 * basis (not a "required consent"); optional advertising messages per channel and at night; provision to a
 * partner; transfer abroad to two receiving parties; the processors as a notice; and the age question for
 * children under 14, whose items a guardian answers.
 */
export const signupConfig: ConsentConfig = {
  controller: { name: L('(주)구름노트', 'Gureum Note Inc.'), contact: 'privacy@gureumnote.example' },
  policy: { version: '2026-11-01', url: '/privacy/' },
  cookie: { name: 'consentry_signup' },
  children: { minimumAge: 14, mode: 'guardian' },
  processors: [
    {
      name: L('(주)나무클라우드', 'Namu Cloud Co., Ltd.'),
      task: L('노트 데이터 보관과 서버 운영', 'Storing note data and running the servers'),
      contact: 'privacy@namucloud.example',
    },
    {
      name: L('(주)바로문자', 'Baro Messaging Co., Ltd.'),
      task: L('문자 메시지(SMS)와 알림 발송', 'Sending text messages (SMS) and notifications'),
      contact: 'help@baromsg.example',
    },
  ],
  purposes: [
    {
      id: 'terms',
      necessity: 'required',
      kind: 'service',
      title: L('구름노트 이용약관 동의', 'Gureum Note terms of service'),
      description: L('노트 저장·동기화 서비스 이용 계약에 관한 약관입니다.', 'The terms of the note storage and sync service.'),
      purpose: L('서비스 이용 계약의 체결과 이행', 'Entering into and performing the service contract'),
      items: [L('이메일 주소', 'e-mail address'), L('서비스 이용 기록', 'service usage records')],
      retention: L(
        '회원 탈퇴 시까지 (전자상거래법상 계약 기록은 5년)',
        'until you close your account (contract records: 5 years, E-Commerce Act)',
      ),
      refusal: L('동의하지 않으면 회원으로 가입할 수 없습니다.', 'Without agreeing to the terms you cannot create an account.'),
    },
    {
      id: 'account',
      necessity: 'notice',
      kind: 'service',
      title: L('회원 가입과 계정 관리에 필요한 개인정보', 'Personal information needed for your account'),
      description: L(
        '계정을 만들고 본인을 확인하는 데 필요한 최소한의 정보입니다.',
        'The minimum needed to create your account and confirm it is you.',
      ),
      purpose: L(
        '회원 식별, 로그인, 고객 문의 응대, 부정 이용 방지',
        'Identifying members, sign-in, answering enquiries, preventing abuse',
      ),
      items: [
        L('이름', 'name'),
        L('이메일 주소', 'e-mail address'),
        L('비밀번호(암호화 저장)', 'password (stored encrypted)'),
        L('접속 IP 주소와 접속 일시', 'IP address and time of access'),
      ],
      retention: L(
        '회원 탈퇴 후 30일 이내 파기 (접속 기록은 통신비밀보호법에 따라 3개월)',
        'deleted within 30 days of closing your account (access logs: 3 months, Protection of Communications Secrets Act)',
      ),
      legalBasis: L('개인정보 보호법 제15조 제1항 제4호(계약 이행)', 'PIPA Art. 15(1)4 (performance of a contract)'),
    },
    {
      id: 'marketing',
      necessity: 'optional',
      kind: 'marketing',
      channels: ['email', 'sms', 'push'],
      nightTime: true,
      title: L('혜택·이벤트 광고성 정보 수신 동의', 'Offers and event news (advertising messages)'),
      purpose: L(
        '신규 기능, 요금제 할인, 이벤트 안내 광고성 정보 발송',
        'Sending advertising about new features, plan discounts and events',
      ),
      items: [L('이메일 주소', 'e-mail address'), L('휴대전화번호', 'mobile number'), L('앱 푸시 토큰', 'app push token')],
      retention: L('동의 철회 또는 회원 탈퇴 시까지', 'until you withdraw consent or close your account'),
      refusal: L(
        '동의하지 않아도 가입과 서비스 이용에 제한이 없으며, 혜택 안내만 받지 않게 됩니다.',
        'Refusing does not affect signing up or using the service; you only get no offer news.',
      ),
    },
    {
      id: 'provision',
      necessity: 'optional',
      kind: 'third_party',
      title: L('제휴 결제사에 개인정보 제공 동의', 'Sharing with our payment partner'),
      recipients: [
        {
          name: L('(주)한빛페이', 'Hanbit Pay Co., Ltd.'),
          purpose: L('연간 요금제 할인 결제 처리와 결제 분쟁 대응', 'Processing discounted annual-plan payments and payment disputes'),
          items: [L('이름', 'name'), L('이메일 주소', 'e-mail address'), L('결제 내역', 'payment history')],
          retention: L('결제 완료 후 5년 (전자상거래법)', '5 years after payment (E-Commerce Act)'),
          contact: 'help@hanbitpay.example',
        },
      ],
      refusal: L(
        '동의하지 않으면 연간 요금제 할인 결제만 이용할 수 없고, 다른 결제 수단은 그대로 이용할 수 있습니다.',
        'If you refuse, only the discounted annual-plan payment is unavailable; other payment methods still work.',
      ),
    },
    {
      id: 'overseas',
      necessity: 'optional',
      kind: 'overseas_transfer',
      title: L('개인정보 국외 이전 동의 (메일·푸시 발송)', 'Transfer abroad (e-mail and push delivery)'),
      transfer: [
        {
          country: L('미국', 'United States'),
          recipient: 'Northwind Mailer Inc.',
          contact: 'privacy@northwind-mailer.example',
          timing: L('이메일을 보낼 때마다', 'each time an e-mail is sent'),
          method: L('암호화된 네트워크(TLS)로 전송', 'transmission over an encrypted network (TLS)'),
          purpose: L('서비스 안내와 광고성 이메일 발송', 'Sending service and advertising e-mails'),
          items: [L('이메일 주소', 'e-mail address'), L('이름', 'name')],
          retention: L('발송 후 30일', '30 days after sending'),
          refusalMethod: L(
            '설정에서 언제든 거부할 수 있으며, 거부하면 이메일 안내를 받을 수 없습니다.',
            'Refuse at any time in the settings; you then get no e-mails from us.',
          ),
        },
        {
          country: L('일본', 'Japan'),
          recipient: L('사쿠라푸시(주)', 'Sakura Push K.K.'),
          contact: 'dpo@sakurapush.example',
          timing: L('앱 푸시 알림을 보낼 때마다', 'each time an app push notification is sent'),
          method: L('암호화된 네트워크(TLS)로 전송', 'transmission over an encrypted network (TLS)'),
          purpose: L('앱 푸시 알림 발송', 'Sending app push notifications'),
          items: [L('앱 푸시 토큰', 'app push token')],
          retention: L('발송 후 7일', '7 days after sending'),
          refusalMethod: L(
            '설정에서 언제든 거부할 수 있으며, 거부하면 앱 푸시 알림을 받을 수 없습니다.',
            'Refuse at any time in the settings; you then get no app push notifications.',
          ),
        },
      ],
      refusal: L(
        '동의하지 않아도 가입할 수 있으며, 이메일 안내와 앱 푸시 알림만 받을 수 없습니다.',
        'You can still sign up; you only get no e-mails or app push notifications from us.',
      ),
    },
  ],
};
