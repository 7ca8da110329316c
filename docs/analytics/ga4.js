// The massage guide's events in Google Analytics 4 installed with the Google tag (gtag.js):
// guide_step, guide_result and guide_call, each with the guide's id and nothing else.
// Load it as a file (<script src="...">), before the guide's own script.
(function () {
  window.dataLayer = window.dataLayer || [];
  // The Google tag's own command function: it reads commands from the data layer as
  // `arguments` objects (an array pushed in their place is ignored).
  function gtag() {
    window.dataLayer.push(arguments);
  }
  document.addEventListener('massage-guide:step', function (event) {
    gtag('event', 'guide_step', { guide_step: event.detail.step });
  });
  document.addEventListener('massage-guide:result', function (event) {
    gtag('event', 'guide_result', { guide_outcome: event.detail.outcome });
  });
  document.addEventListener('massage-guide:call', function () {
    gtag('event', 'guide_call');
  });
})();
