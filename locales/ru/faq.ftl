# Review status: drafted, awaiting native-speaker review

## Typed questions (issue 5): answers found by keywords, suggestions, nothing found.

# Shown above up to three buttons, each naming a page that may answer the question.
faq-suggest = Я не совсем понял вопрос. Может быть, вам нужно что-то из этого?
# Nothing matched: the buttons below are "check a job offer", "talk to a person", "main menu".
faq-nothing = Извините, я не нашёл ответа на этот вопрос. Я могу проверить предложение о работе, связать вас с человеком или показать главное меню.
faq-btn-check = 🔍 Проверить вакансию
faq-btn-operator = 💬 Поговорить с человеком
# Under the answer to a question typed before choosing a language: the language guessed.
faq-lang-hint = 🌐 Язык: { lang-name }. Чтобы выбрать другой, нажмите кнопку ниже.
faq-btn-language = 🌐 Сменить язык
