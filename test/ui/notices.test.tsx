import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Consent, ConsentConfig, Transfer } from '../../src/core';
import type { ConsentUI } from '../../src/ui';
import { $, $$, makeConsent, mount, signupConfig, siteConfig } from './setup';

let consent: Consent;
let ui: ConsentUI | undefined;

beforeEach(() => {
  document.documentElement.lang = 'ko';
  document.body.innerHTML = '<main><div id="consent"></div></main>';
});
afterEach(() => {
  ui?.destroy();
  ui = undefined;
  consent?.destroy();
  vi.restoreAllMocks();
});

const L = (ko: string, en: string) => ({ ko, en });
const processors = [
  { name: L('(주)클라우드호스팅', 'Cloud Hosting Co.'), task: L('서버 운영과 데이터 보관', 'Running servers and storing data') },
  {
    name: 'Mailgun Technologies',
    task: L('이메일 발송', 'Sending e-mail'),
    country: L('미국', 'United States'),
    contact: 'dpo@mail.example',
  },
];

/** The site config with two receiving parties abroad and two processors. */
function config(over: Partial<ConsentConfig> = {}): ConsentConfig {
  const c = siteConfig({ processors, ...over });
  const o = c.purposes.find((p) => p.id == 'overseas')!;
  const first = o.transfer as Transfer;
  o.transfer = [
    first,
    {
      ...first,
      country: L('일본', 'Japan'),
      recipient: L('도쿄메일(주)', 'Tokyo Mail KK'),
      contact: 'dpo@tokyo.example',
      purpose: L('일본 내 발송', 'Sending in Japan'),
      retention: L('발송 후 7일', '7 days after sending'),
    },
  ];
  return c;
}

async function openDialog(lang: 'ko' | 'en') {
  document.documentElement.lang = lang;
  consent = makeConsent(config());
  const m = await mount(consent);
  ui = m.ui;
  ui.open();
  await waitFor(() => expect($(m.root, '[role="dialog"]')).not.toBeNull());
  return { ...m, dialog: $(m.root, '[role="dialog"]')! };
}

const dts = (el: Element) => $$(el, 'dt').map((d) => d.textContent);

describe('labels per kind: provision, transfer, entrustment', () => {
  it('ko: 제공받는 자 … for provision; 이전받는 자 … for each receiving party abroad; 수탁자 / 위탁 업무 내용 for processors (no choice)', async () => {
    const { dialog } = await openDialog('ko');
    expect(dts($(dialog, '#cs-d-provision')!)).toEqual([
      '제공받는 자',
      '제공받는 자의 이용 목적',
      '제공하는 항목',
      '제공받는 자의 보유 및 이용 기간',
      '동의 거부 권리 및 거부 시 불이익',
    ]);
    const transfer = dts($(dialog, '#cs-d-overseas')!);
    const party = [
      '이전받는 자',
      '연락처',
      '이전되는 국가',
      '이전 시기',
      '이전 방법',
      '이전되는 항목',
      '이전받는 자의 이용 목적',
      '이전받는 자의 보유 및 이용 기간',
    ];
    expect(transfer).toEqual([...party, ...party, '동의 거부 권리 및 거부 시 불이익']);
    expect($(dialog, '#cs-d-overseas')!.textContent).toContain('도쿄메일(주)');
    const p = $(dialog, '[data-consentry-processors]')!;
    expect(p.querySelector('.cs-row-title')!.textContent).toBe('개인정보 처리 위탁안내');
    expect(dts(p)).toEqual(['수탁자', '위탁 업무 내용', '수탁자', '위탁 업무 내용', '소재 국가', '연락처']);
    expect(p.textContent).toContain('Mailgun Technologies');
    expect($(p, 'input')).toBeNull();
  });

  it('a transfer with its own refusal method shows "거부 방법, 절차 및 거부의 효과"', async () => {
    const c = config();
    (c.purposes.find((p) => p.id == 'overseas')!.transfer as Transfer[])[0].refusalMethod = L('설정에서 거부', 'Refuse in the settings');
    consent = makeConsent(c);
    const m = await mount(consent);
    ui = m.ui;
    ui.open();
    await waitFor(() => expect($(m.root, '#cs-d-overseas')).not.toBeNull());
    expect(dts($(m.root, '#cs-d-overseas')!)).toContain('거부 방법, 절차 및 거부의 효과');
  });

  it('en: Recipient … / Receiving party … / Processor, Task entrusted', async () => {
    const { dialog } = await openDialog('en');
    expect(dts($(dialog, '#cs-d-provision')!)).toEqual([
      'Recipient',
      "Recipient's purpose",
      'Information provided',
      "Recipient's retention period",
      'Your right to refuse, and what refusing means',
    ]);
    const transfer = dts($(dialog, '#cs-d-overseas')!);
    expect(transfer.slice(0, 8)).toEqual([
      'Receiving party',
      'Contact',
      'Destination country',
      'When it is transferred',
      'How it is transferred',
      'Information transferred',
      "Receiving party's purpose",
      "Receiving party's retention period",
    ]);
    expect(transfer.filter((x) => x == 'Receiving party')).toHaveLength(2);
    const p = $(dialog, '[data-consentry-processors]')!;
    expect(p.querySelector('.cs-row-title')!.textContent).toBe('ProcessorsNotice');
    expect(dts(p)).toEqual(['Processor', 'Task entrusted', 'Processor', 'Task entrusted', 'Country', 'Contact']);
  });

  it('the sign-up form lists the processors as a notice, never as a checkbox', async () => {
    consent = makeConsent(signupConfig({ processors }));
    const m = await mount(consent, { layout: 'form', target: '#consent' });
    ui = m.ui;
    await waitFor(() => expect($(m.root, '[data-consentry-form] [data-consentry-processors]')).not.toBeNull());
    const p = $(m.root, '[data-consentry-processors]')!;
    expect(p.textContent).toContain('개인정보 처리 위탁');
    expect(p.textContent).toContain('(주)클라우드호스팅');
    expect($(p, 'input')).toBeNull();
    // ticking "agree to all" still leaves nothing to tick there
    fireEvent.click($(m.root, 'input[data-action="agree-all"]')!);
    expect($(p, 'input')).toBeNull();
  });
});

describe('marketing result notice (Network Act 50⑦)', () => {
  it('after agreeing in the dialog: sender, date (Intl) and the result per channel; after withdrawing: withdrawn', async () => {
    const { root, dialog } = await openDialog('ko');
    const seen = vi.fn();
    consent.on('marketing-result', seen);
    fireEvent.click($(dialog, 'input[name="cs-marketing"][value="agree"]')!);
    fireEvent.click($(dialog, 'input[name="cs-marketing-ch-email"][value="agree"]')!);
    fireEvent.click($(dialog, 'input[name="cs-marketing-ch-sms"][value="disagree"]')!);
    fireEvent.click($(dialog, '[data-action="save"]')!);
    await waitFor(() => expect($(root, '[data-consentry-result]')).not.toBeNull());
    expect(seen).toHaveBeenCalledTimes(1);
    const box = $(root, '[data-consentry-result]')!;
    expect($(box, 'h2')!.textContent).toBe('광고성 정보 수신 동의 처리 결과');
    expect($(box, '[data-sender]')!.textContent).toBe('(주)테스트');
    expect($(box, '[data-date]')!.textContent).toBe(
      new Intl.DateTimeFormat('ko', { dateStyle: 'long' }).format(new Date(seen.mock.calls[0][0].at)),
    );
    expect($$(box, 'dd[data-outcome]').map((d) => [d.dataset.channel, d.textContent])).toEqual([
      ['email', '수신 동의 처리 완료'],
      ['sms', '수신 거부 처리 완료'],
    ]);
    expect($(box, 'h3')!.textContent).toBe('광고성 정보 수신');
    fireEvent.click($(box, '[data-action="close"]')!);
    await waitFor(() => expect($(root, '[data-consentry-result]')).toBeNull());
    // withdrawing
    ui!.open();
    await waitFor(() => expect($(root, '[role="dialog"]')).not.toBeNull());
    fireEvent.click($(root, 'input[name="cs-marketing"][value="disagree"]')!);
    fireEvent.click($(root, '[role="dialog"] [data-action="save"]')!);
    await waitFor(() => expect($(root, '[data-consentry-result] dd[data-channel="email"]')!.textContent).toBe('수신 동의 철회 처리 완료'));
  });

  it('English, and not shown for decisions without marketing', async () => {
    const { root, dialog } = await openDialog('en');
    fireEvent.click($(dialog, 'input[name="cs-analytics"][value="agree"]')!);
    fireEvent.click($(dialog, '[data-action="save"]')!);
    await waitFor(() => expect($(root, '[role="dialog"]')).toBeNull());
    await new Promise((r) => setTimeout(r, 20));
    expect($(root, '[data-consentry-result]')).toBeNull();
    await consent.decide({ marketing: { choice: 'agree', channels: { push: 'agree' }, nightTime: 'disagree' } }, { locale: 'en' });
    await waitFor(() => expect($(root, '[data-consentry-result]')).not.toBeNull());
    const box = $(root, '[data-consentry-result]')!;
    expect(box.textContent).toContain('Advertising messages: the result of your choice');
    expect($(box, '[data-sender]')!.textContent).toBe('Test Co.');
    expect($$(box, 'dd[data-outcome]').map((d) => d.textContent)).toEqual(['Opted in', 'Opted out']);
  });
});
