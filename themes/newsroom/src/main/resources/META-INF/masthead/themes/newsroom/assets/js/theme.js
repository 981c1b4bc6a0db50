// The light/dark switch: follows the system (prefers-color-scheme) until the reader chooses, then remembers it.
(function () {
  var root = document.documentElement;
  var button = document.querySelector('.theme-toggle');
  if (!button) return;
  function isDark() {
    var chosen = root.dataset.theme;
    return chosen ? chosen === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
  }
  function show() { button.setAttribute('aria-pressed', isDark() ? 'true' : 'false'); }
  button.addEventListener('click', function () {
    root.dataset.theme = isDark() ? 'light' : 'dark';
    try { localStorage.setItem('masthead-theme', root.dataset.theme); } catch (e) { /* private mode: not kept */ }
    show();
  });
  show();
})();
