// A stand-in for a first-party analytics tag. The demo page includes it as
//   <script type="text/plain" data-consent="analytics" data-src="/gated/visit-counter.js" defer>
// so it only runs once the visitor agrees to usage statistics. It counts page views in this tab and
// says so in the "Visit statistics" card.
(function () {
  var views = 1;
  try {
    views = Number(sessionStorage.getItem('demo-views') || 0) + 1;
    sessionStorage.setItem('demo-views', String(views));
  } catch {
    /* storage blocked: count this view only */
  }
  window.demoVisitCounter = { views: views };
  function show() {
    var card = document.getElementById('stats-h');
    if (!card || document.querySelector('[data-visit-counter]')) return;
    var p = document.createElement('p');
    p.className = 'note';
    p.setAttribute('data-visit-counter', '');
    var ko = document.createElement('span');
    ko.lang = 'ko';
    ko.textContent = '통계 태그가 실행 중입니다. 이 탭에서 본 페이지 수: ' + views;
    var en = document.createElement('span');
    en.lang = 'en';
    en.textContent = 'The statistics tag is running. Pages viewed in this tab: ' + views;
    p.appendChild(ko);
    p.appendChild(en);
    card.parentNode.appendChild(p);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
