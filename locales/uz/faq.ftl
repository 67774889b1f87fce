# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda

## Typed questions (issue 5): answers found by keywords, suggestions, nothing found.

# Shown above up to three buttons, each naming a page that may answer the question.
faq-suggest = Savolingizni aniq tushunmadim. Shulardan biri kerakmi?
# Nothing matched: the buttons below are "check a job offer", "talk to a person", "main menu".
faq-nothing = Kechirasiz, bu savolga javob topmadim. Ish taklifini tekshirishim, sizni odam bilan bogʻlashim yoki asosiy menyuni koʻrsatishim mumkin.
faq-btn-check = 🔍 Ish taklifini tekshirish
faq-btn-operator = 💬 Odam bilan gaplashish
# Under the answer to a question typed before choosing a language: the language guessed.
faq-lang-hint = 🌐 Til: { lang-name }. Boshqa tilni tanlash uchun pastdagi tugmani bosing.
faq-btn-language = 🌐 Tilni oʻzgartirish
