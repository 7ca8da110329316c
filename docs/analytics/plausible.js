// The massage guide's events in Plausible: the custom events "Guide step", "Guide result" and
// "Guide call", with the guide's id as a property and nothing else.
// Load it as a file (<script src="...">), before the guide's own script.
(function () {
  // Plausible's own queue, which keeps events sent before its script has loaded.
  window.plausible = window.plausible || function () {
    (window.plausible.q = window.plausible.q || []).push(arguments);
  };
  document.addEventListener('massage-guide:step', function (event) {
    window.plausible('Guide step', { props: { step: event.detail.step } });
  });
  document.addEventListener('massage-guide:result', function (event) {
    window.plausible('Guide result', { props: { outcome: event.detail.outcome } });
  });
  document.addEventListener('massage-guide:call', function () {
    window.plausible('Guide call');
  });
})();
