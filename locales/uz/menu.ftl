# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda

menu-welcome = Assalomu alaykum! Men — Safar. Chet elda xavfsiz ishlashingizga yordam beraman: ish taklifini tekshirish, davlatlar qoidalarini bilish va kimga murojaat qilishni topish.
menu-stale = Kechirasiz, bu menyu eskirgan. Mana asosiy menyu.
menu-btn-main = 🏠 Asosiy menyu
main-menu = Asosiy menyu. Sizga nima kerak?

main-btn-check-offer = 🔍 Ish taklifini tekshirish
main-btn-before = 🧳 Ketishdan oldin
main-btn-countries = 🌍 Chet elda ish: davlatlar
main-btn-rights = ⚖️ Odam savdosi va huquqlaringiz
main-btn-trouble = 🆘 Hozir muammoga duch keldim
main-btn-quiz = ❓ Test: bu taklif xavfsizmi?
main-btn-contacts = 📞 Yordam: kontaktlar
main-btn-operator = 💬 Odam bilan gaplashish
main-btn-alerts = 🔔 Ogohlantirishlar
main-btn-language = 🌐 Tilni oʻzgartirish
