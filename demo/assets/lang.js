// Demo pages are written in Korean and English. `?lang=en` (or `?lang=ko`) picks one; the choice is
// kept for the session. The widget reads <html lang>, so this runs before consentry.js.
(function () {
  var wanted = new URLSearchParams(location.search).get('lang');
  try {
    if (wanted === 'ko' || wanted === 'en') sessionStorage.setItem('demo-lang', wanted);
    else wanted = sessionStorage.getItem('demo-lang');
  } catch {
    /* storage blocked: the query parameter alone decides */
  }
  if (wanted === 'ko' || wanted === 'en') document.documentElement.lang = wanted;
  document.addEventListener('DOMContentLoaded', function () {
    var links = document.querySelectorAll('a[data-lang-switch]');
    for (let i = 0; i < links.length; i++) {
      const to = links[i].getAttribute('data-lang-switch');
      links[i].setAttribute('href', '?lang=' + to);
      if (to === document.documentElement.lang) links[i].setAttribute('aria-current', 'true');
    }
  });
})();
