// The massage guide's events in Google Tag Manager's data layer, for GA4 set up in Tag Manager:
// guide_step, guide_result and guide_call, each with the guide's id and nothing else.
// Load it as a file (<script src="...">), before the guide's own script.
(function () {
  window.dataLayer = window.dataLayer || [];
  document.addEventListener('massage-guide:step', function (event) {
    window.dataLayer.push({ event: 'guide_step', guide_step: event.detail.step });
  });
  document.addEventListener('massage-guide:result', function (event) {
    window.dataLayer.push({ event: 'guide_result', guide_outcome: event.detail.outcome });
  });
  document.addEventListener('massage-guide:call', function () {
    window.dataLayer.push({ event: 'guide_call' });
  });
})();
