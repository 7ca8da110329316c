// The massage guide's events in Matomo: category "Massage guide", actions "Step", "Result" and
// "Call", with the guide's id as the event's name and nothing else.
// Load it as a file (<script src="...">), before the guide's own script.
(function () {
  // Matomo's queue: commands pushed before its script has loaded are run when it has.
  window._paq = window._paq || [];
  document.addEventListener('massage-guide:step', function (event) {
    window._paq.push(['trackEvent', 'Massage guide', 'Step', event.detail.step]);
  });
  document.addEventListener('massage-guide:result', function (event) {
    window._paq.push(['trackEvent', 'Massage guide', 'Result', event.detail.outcome]);
  });
  document.addEventListener('massage-guide:call', function () {
    window._paq.push(['trackEvent', 'Massage guide', 'Call']);
  });
})();
