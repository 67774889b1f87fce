# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda

menu-welcome = Assalomu alaykum! Men — Safar. Chet elda xavfsiz ishlashingizga yordam beraman: ish taklifini tekshirish, davlatlar qoidalarini bilish va kimga murojaat qilishni topish.
menu-stale = Kechirasiz, bu menyu eskirgan. Mana asosiy menyu.
menu-btn-main = 🏠 Asosiy menyu
main-menu = Asosiy menyu. Sizga nima kerak?

main-btn-check-offer = 🔍 Ish taklifini tekshirish
main-btn-countries = 🌍 Chet elda ish: davlatlar
main-btn-red-flags = ⚠️ Soxta ish taklifi belgilari
main-btn-contacts = 📞 Yordam: kontaktlar
main-btn-operator = 💬 Odam bilan gaplashish
main-btn-language = 🌐 Tilni oʻzgartirish

# Source: IOM, recognizing legitimate employment; ILO indicators of forced labour (2012);
# Employer Pays Principle; mehnat.uz (agencies may not charge citizens). See domain-brief §1–2.
main-red-flags =
    <b>Soxta yoki xavfli ish taklifi belgilari</b>
    • Sizga birinchi boʻlib oʻzlari yozishdi.
    • Maosh odatdagidan ancha yuqori.
    • Ish, viza yoki chipta uchun sizdan pul soʻrashadi. Bu xarajatlarni ish beruvchi toʻlashi kerak. Oʻzbekistonda agentliklar chet eldagi ish uchun fuqarolardan pul olishi mumkin emas.
    • Pasportingizni olib qolmoqchi.
    • Turistik viza bilan ishlashni taklif qilishadi.
    • Yozma shartnoma yoʻq.
    • Faqat Telegram yoki WhatsApp orqali gaplashishadi.
    • Shoshiltirishadi.
    • «Tajriba ham, til ham kerak emas».
    • Yosh qizlarni chet elga hostes, ofitsiant yoki raqqosa boʻlib ishlashga chaqirishadi.

    Hech qachon ish uchun pul toʻlamang va pasportingizni hech kimga bermang.

# Sources: gov.uz/en/migration; yuz.uz (2025-08, single source: 12-82 and the bot);
# sputniknews.uz 2025-10-20 (office in Russia). See domain-brief §2.
main-contacts =
    <b>Yordam uchun qayerga murojaat qilish mumkin</b>

    <b>Migratsiya agentligi</b>
    Sayt: gov.uz/en/migration

    Agentlikning qisqa raqami: <b>12-82</b>
    Telegram-bot: @huquqiyyordamuzbot
    <i>Bu raqam va bot faqat bitta manbada koʻrsatilgan. Ularni Agentlikning rasmiy saytida tekshiring.</i>

    <b>Migratsiya agentligining Rossiyadagi vakolatxonasi</b>
    Telefon: +7 925 045 4744
    Manzil: Moskva, 1-y Kazachiy per. 11/2
