# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte

## Typed questions (issue 5): answers found by keywords, suggestions, nothing found.

# Shown above up to three buttons, each naming a page that may answer the question.
faq-suggest = Sorawıńızdı anıq túsinbedim. Usılardıń biri kerek pe?
# Nothing matched: the buttons below are "check a job offer", "talk to a person", "main menu".
faq-nothing = Keshiriń, bul sorawǵa juwap tappadım. Jumıs usınısın tekseriwim, sizdi adam menen baylanıstırıwım yamasa bas menyunı kórsetiwim múmkin.
faq-btn-check = 🔍 Jumıs usınısın tekseriw
faq-btn-operator = 💬 Adam menen sóylesiw
# Under the answer to a question typed before choosing a language: the language guessed.
faq-lang-hint = 🌐 Til: { lang-name }. Basqa tildi saylaw ushın tómendegi túymeni basıń.
faq-btn-language = 🌐 Tildi ózgertiw
