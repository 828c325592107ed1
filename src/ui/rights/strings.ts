import type { RightsRequestKind } from '../../members/rights';

/** Every text of the rights request form. */
export interface RightsStrings {
  title: string;
  intro: string;
  kindLegend: string;
  kinds: { [K in RightsRequestKind]: { label: string; hint: string } };
  contact: string;
  contactHint: string;
  message: string;
  messageHint: string;
  term10: string;
  term1m: string;
  submit: string;
  sending: string;
  badContact: string;
  badMessage: string;
  failedOffline: string;
  failedTimeout: string;
  failedServer: string;
  failedRefused: string;
  failedIdentity: string;
  doneTitle: string;
  doneId: string;
  doneKind: string;
  doneReceived: string;
  doneAnswerBy: string;
  doneDigest: string;
  doneKeep: string;
  download: string;
  another: string;
}

// Korean terms as PIPA (35–37) and the PIPC guidance name the rights: 열람, 정정·삭제, 처리정지, 동의 철회.
export const ko: RightsStrings = {
  title: '개인정보 열람 등 요구',
  intro:
    '개인정보의 열람, 정정·삭제, 처리정지를 요구하거나 동의를 철회할 수 있습니다. 요구는 접수 번호와 함께 기록되며, 답변 기한 안에 알려 주신 연락처로 답변드립니다.',
  kindLegend: '요구 종류',
  kinds: {
    access: {
      label: '열람 요구',
      hint: '처리하고 있는 내 개인정보와 동의 내역을 확인합니다.',
    },
    correction: {
      label: '정정 요구',
      hint: '잘못되었거나 바뀐 개인정보를 고치도록 요구합니다.',
    },
    deletion: {
      label: '삭제 요구',
      hint: '내 개인정보를 삭제하도록 요구합니다. 법령에 따라 보관해야 하는 기록은 제외됩니다.',
    },
    suspension: {
      label: '처리정지 요구',
      hint: '내 개인정보의 처리를 멈추도록 요구합니다.',
    },
    withdrawal: {
      label: '동의 철회',
      hint: '이전에 한 동의를 거두어들입니다.',
    },
  },
  contact: '답변받을 연락처 (이메일 또는 휴대전화번호)',
  contactHint: '답변을 보내 드릴 곳입니다. 이 요구를 처리하는 데에만 씁니다.',
  message: '요구 내용',
  messageHint: '무엇을 요구하시는지 적어 주세요 (2,000자 이내).',
  term10: '요구를 받은 날부터 10일 이내에 답변합니다.',
  term1m: '요구를 받은 날부터 1개월 이내에 답변합니다.',
  submit: '요구 보내기',
  sending: '보내는 중…',
  badContact: '이메일 주소나 휴대전화번호를 입력해 주세요.',
  badMessage: '요구 내용을 입력해 주세요.',
  failedOffline: '인터넷에 연결되어 있지 않아 요구를 보내지 못했습니다. 입력한 내용은 그대로 있으니 연결을 확인한 뒤 다시 보내 주세요.',
  failedTimeout:
    '응답이 없어 접수 여부를 확인하지 못했습니다. 입력한 내용은 그대로 있으니 다시 보내 주세요. 두 번 접수되어도 한 번만 처리합니다.',
  failedServer: '서버 문제로 요구를 접수하지 못했습니다. 입력한 내용은 그대로 있으니 잠시 뒤 다시 보내 주세요.',
  failedRefused: '요구를 접수하지 못했습니다: {reason}',
  failedIdentity: '이 브라우저에는 동의 기록이 없고 로그인되어 있지 않아 누구의 정보인지 확인할 수 없습니다. 로그인한 뒤 다시 보내 주세요.',
  doneTitle: '요구가 접수되었습니다',
  doneId: '접수 번호',
  doneKind: '요구 종류',
  doneReceived: '접수 일시',
  doneAnswerBy: '답변 기한',
  doneDigest: '접수 확인값 (SHA-256)',
  doneKeep: '이 접수증을 보관해 두세요. 접수 번호로 처리 상황을 문의할 수 있습니다.',
  download: '접수증 내려받기',
  another: '다른 요구 보내기',
};

export const en: RightsStrings = {
  title: 'Your privacy rights',
  intro:
    'You can ask to see, correct or delete your personal information, ask us to stop processing it, or withdraw your consent. Your request is recorded with a request number, and we answer at the contact you give within the deadline.',
  kindLegend: 'What you ask for',
  kinds: {
    access: {
      label: 'Access',
      hint: 'See the personal information we process about you and your consent record.',
    },
    correction: {
      label: 'Correction',
      hint: 'Have wrong or outdated information corrected.',
    },
    deletion: {
      label: 'Deletion',
      hint: 'Have your personal information deleted, except records the law requires us to keep.',
    },
    suspension: {
      label: 'Suspension of processing',
      hint: 'Have us stop processing your personal information.',
    },
    withdrawal: {
      label: 'Withdrawal of consent',
      hint: 'Take back a consent you gave.',
    },
  },
  contact: 'Where we answer you (e-mail address or mobile number)',
  contactHint: 'Used only to answer this request.',
  message: 'Your request',
  messageHint: 'Tell us what you are asking for (up to 2,000 characters).',
  term10: 'We answer within 10 days of receiving your request.',
  term1m: 'We answer within one month of receiving your request.',
  submit: 'Send request',
  sending: 'Sending…',
  badContact: 'Please enter an e-mail address or a mobile number.',
  badMessage: 'Please describe your request.',
  failedOffline:
    'Your request was not sent: you seem to be offline. What you typed is still here; check your connection and send it again.',
  failedTimeout:
    'There was no answer, so we cannot tell whether your request arrived. What you typed is still here: send it again. A request received twice is handled once.',
  failedServer: 'A server problem stopped your request. What you typed is still here: please send it again in a moment.',
  failedRefused: 'Your request could not be accepted: {reason}',
  failedIdentity:
    'This browser has no consent record and you are not signed in, so we cannot tell whose information this is. Please sign in and send it again.',
  doneTitle: 'Your request has been received',
  doneId: 'Request number',
  doneKind: 'Request',
  doneReceived: 'Received',
  doneAnswerBy: 'Answer due by',
  doneDigest: 'Receipt check value (SHA-256)',
  doneKeep: 'Keep this receipt. You can ask about your request with its number.',
  download: 'Download the receipt',
  another: 'Send another request',
};

/** ko for Korean, en otherwise. */
export const rightsStrings = (locale: string | undefined): RightsStrings => (/^ko\b/i.test(locale || '') ? ko : en);
