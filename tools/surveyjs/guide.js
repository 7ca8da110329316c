// The guide's start screen and safety question as a SurveyJS survey (bench only).
const survey = new Survey.Model({
  title: 'Which massage is right for you?',
  firstPageIsStartPage: true,
  startSurveyText: 'Start the questions',
  pages: [
    { elements: [{ type: 'html', name: 'intro', html: '<p>Answer a few short questions about your pain, your health and what you hope for. We will suggest medical massage, a relaxation massage, or seeing a doctor first, and tell you why.</p>' }] },
    { elements: [{
      type: 'checkbox', name: 'safety', isRequired: true, showNoneItem: true,
      title: 'Do any of these apply to you right now? Tick all that do.',
      choices: [
        'Chest pain, pressure or tightness', 'Sudden shortness of breath',
        'Sudden weakness or numbness in the face, an arm or a leg, on one side of the body',
        'Sudden trouble speaking, or understanding what people say',
        'Sudden loss of sight, or sudden blurred or double vision',
        'Sudden loss of balance, or sudden trouble walking',
        'A sudden, severe headache: the worst you have ever had',
        'A headache with a fever and a stiff neck',
      ],
    }] },
  ],
});
survey.render(document.getElementById('survey'));
