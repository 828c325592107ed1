/**
 * The demo's sign-up page, written as an SPA would be: consentry and its widget come from the package
 * (`consentry`, `consentry/ui`, `consentry/receipts`), the consent list is the inline form, and the
 * page's own submit button stays disabled until every required item is agreed.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { createConsent, localize, type ConsentSnapshot, type MarketingResult } from 'consentry';
import { createReceipts } from 'consentry/receipts';
import { createMembers } from 'consentry/members';
import { mountConsentUI, uiStrings, type ConsentUI } from 'consentry/ui';
import { MarketingResultBox } from 'consentry/ui/components';
import { signupConfig } from './config';

const en = document.documentElement.lang == 'en';
const locale = en ? 'en' : 'ko';
const T = en
  ? {
      title: 'Create your account',
      lead: 'Free for personal notes. Takes a minute.',
      name: 'Name',
      email: 'E-mail',
      password: 'Password (8 characters or more)',
      submit: 'Sign up',
      needConsent: 'The Sign up button turns on once you agree to every required item.',
      badName: 'Please enter your name.',
      badEmail: 'Please enter a valid e-mail address.',
      badPassword: 'Please use at least 8 characters.',
      failed: 'Your sign-up could not be completed. Please try again.',
      done: 'Welcome to Gureum Note!',
      doneText: 'Your account is ready. These are the consents you gave; you can change them at any time.',
      agreed: 'agreed',
      refused: 'not agreed',
      notice: 'processed without consent (notice)',
      receipt: 'Consent receipt',
      settings: 'Change my consents',
      again: 'Start over (demo)',
      member: 'Signed in as {id}. Your consents are linked to your account, on every device you sign in on.',
      logout: 'Log out',
      loading: 'Loading…',
    }
  : {
      title: '회원가입',
      lead: '개인 노트는 무료입니다. 1분이면 가입할 수 있습니다.',
      name: '이름',
      email: '이메일',
      password: '비밀번호 (8자 이상)',
      submit: '가입하기',
      needConsent: '필수 항목에 모두 동의하면 가입하기 버튼을 누를 수 있습니다.',
      badName: '이름을 입력해 주세요.',
      badEmail: '올바른 이메일 주소를 입력해 주세요.',
      badPassword: '비밀번호는 8자 이상으로 정해 주세요.',
      failed: '가입을 완료하지 못했습니다. 다시 시도해 주세요.',
      done: '구름노트에 오신 것을 환영합니다!',
      doneText: '계정이 만들어졌습니다. 아래는 동의하신 내용이며, 언제든지 바꿀 수 있습니다.',
      agreed: '동의',
      refused: '동의하지 않음',
      notice: '동의 없이 처리 (안내)',
      receipt: '동의 기록 번호',
      settings: '동의 설정 바꾸기',
      again: '처음부터 다시 (데모)',
      member: '{id} 계정으로 로그인되어 있습니다. 동의 내역은 계정에 연결되어, 로그인하는 모든 기기에 적용됩니다.',
      logout: '로그아웃',
      loading: '불러오는 중…',
    };

const consent = createConsent(signupConfig);
// one receipt per decision, journaled on this device and sent to the collector on this origin
const receipts = createReceipts(consent, { endpoint: '/v1/receipts' });
// the advertising-consent result (Network Act 50⑦): shown on the welcome page (a real site also sends it by e-mail or SMS)
let lastResult: MarketingResult | null = null;
// the member half: links this browser's receipts to the account, loads what was answered on other devices
const members = createMembers(consent, receipts);
/** A fresh member proof from the demo's backend (the session cookie says who is signed in). */
const proofNow = (): Promise<string> =>
  fetch('/demo/session', { cache: 'no-store' })
    .then((r) => (r.ok ? r.json() : null))
    .then((s) => (s && s.proof ? s.proof : Promise.reject(new Error('signed out'))));
consent.on('marketing-result', (r) => void (lastResult = r));

function Field(props: {
  id: string;
  label: string;
  type: 'text' | 'email' | 'password';
  value: string;
  error?: string;
  auto: string;
  onInput(v: string): void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.id}
        type={props.type as 'text'}
        value={props.value}
        autoComplete={props.auto}
        aria-invalid={!!props.error}
        aria-describedby={props.error ? `${props.id}-err` : undefined}
        onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
      />
      {props.error && (
        <span id={`${props.id}-err`} class="error">
          {props.error}
        </span>
      )}
    </div>
  );
}

function SignUp() {
  const box = useRef<HTMLDivElement>(null);
  const ui = useRef<ConsentUI | null>(null);
  const [valid, setValid] = useState(false);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ [k: string]: string }>({});
  const [failed, setFailed] = useState('');
  const [done, setDone] = useState<{ snapshot: ConsentSnapshot; receipt?: string; result: MarketingResult | null } | null>(null);
  const [member, setMember] = useState<string | null>(null);
  const [starting, setStarting] = useState(true);

  // A signed-in member (this or another device): identify, take the account's consents, show the account.
  useEffect(() => {
    fetch('/demo/session', { cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : null))
      .then(async (s) => {
        if (!s || !s.accountId) return;
        await members.identify(s.accountId, { proof: proofNow });
        setMember(s.accountId);
        setDone({ snapshot: consent.snapshot(), result: null });
      })
      .catch((e) => console.error(e))
      .finally(() => setStarting(false));
  }, []);

  useEffect(() => {
    if (starting) return;
    // the inline form while signing up; afterwards the dialog that "Change my consents" opens
    const u = done
      ? mountConsentUI(consent, { locale, myRecord: receipts })
      : mountConsentUI(consent, { layout: 'form', target: box.current, locale, onValidChange: setValid, myRecord: receipts });
    ui.current = u;
    return () => u.destroy();
  }, [!!done, starting]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const bad: { [k: string]: string } = {};
    if (!name.trim()) bad.name = T.badName;
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) bad.email = T.badEmail;
    if (password.length < 8) bad.password = T.badPassword;
    setErrors(bad);
    if (Object.keys(bad).length || !ui.current) return;
    setFailed('');
    try {
      // records the consent list (method "form"); resolves once its receipt is journaled
      const snapshot = await ui.current.submit();
      // the account exists now: its consents (this receipt and later ones) are linked to it
      const account = await fetch('/demo/signup', { method: 'POST' }).then((r) =>
        r.ok ? r.json() : Promise.reject(new Error(`sign-up HTTP ${r.status}`)),
      );
      await members.identify(account.accountId, { proof: proofNow, load: false });
      setMember(account.accountId);
      const latest = await receipts.latest().catch(() => null);
      setDone({ snapshot, receipt: latest ? latest.id : undefined, result: lastResult });
    } catch (err) {
      console.error(err);
      setFailed(T.failed);
    }
  };

  if (starting) return <p aria-busy="true">{T.loading}</p>;

  if (done)
    return (
      <div class="done" role="status" data-signup-done>
        <h2>{T.done}</h2>
        {member && (
          <p data-member={member}>
            {T.member.split('{id}')[0]}
            <code>{member}</code>
            {T.member.split('{id}')[1]}{' '}
            <button
              type="button"
              class="btn ghost"
              data-logout
              onClick={() =>
                fetch('/demo/logout', { method: 'POST' })
                  .then(() => members.forget())
                  .then(() => location.reload())
              }
            >
              {T.logout}
            </button>
          </p>
        )}
        <p>{T.doneText}</p>
        <ul>
          {signupConfig.purposes.map((p) => (
            <li key={p.id} data-result={p.id}>
              {localize(p.title, locale)}:{' '}
              <strong>{p.necessity == 'notice' ? T.notice : consent.isGranted(p.id) ? T.agreed : T.refused}</strong>
            </li>
          ))}
        </ul>
        {done.result && <MarketingResultBox consent={consent} result={done.result} locale={locale} t={uiStrings(consent, { locale }).t} />}
        {done.receipt && (
          <p>
            {T.receipt}: <code>{done.receipt}</code>
          </p>
        )}
        <p>
          <button type="button" class="btn ghost" data-consentry-open>
            {T.settings}
          </button>{' '}
          <button type="button" class="btn ghost" onClick={() => consent.reset().then(() => location.reload())}>
            {T.again}
          </button>
        </p>
      </div>
    );

  return (
    <form class="form" onSubmit={submit} noValidate aria-labelledby="signup-title">
      <h1 id="signup-title">{T.title}</h1>
      <p class="note">{T.lead}</p>
      <Field id="name" label={T.name} type="text" auto="name" value={name} error={errors.name} onInput={setName} />
      <Field id="email" label={T.email} type="email" auto="email" value={email} error={errors.email} onInput={setEmail} />
      <Field
        id="password"
        label={T.password}
        type="password"
        auto="new-password"
        value={password}
        error={errors.password}
        onInput={setPassword}
      />
      <div ref={box} id="consent-form" />
      <p class="note" id="submit-hint">
        {T.needConsent}
      </p>
      {failed && (
        <p role="alert" class="error">
          {failed}
        </p>
      )}
      <button type="submit" class="btn" disabled={!valid} aria-describedby="submit-hint" data-signup-submit>
        {T.submit}
      </button>
    </form>
  );
}

render(<SignUp />, document.getElementById('app')!);
