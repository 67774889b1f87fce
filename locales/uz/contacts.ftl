# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda

contacts-btn-russia = 🇷🇺 Rossiyada
contacts-btn-hotlines = ☎️ Ishonch telefonlari
contacts-btn-consulates = 🏛 Elchixona va konsulliklar
contacts-btn-back = ⬅️ Barcha kontaktlar

# Sources: gov.uz/en/migration/pages/about; tashkenttimes.uz/national/13914; yuz.uz/a/ru/129171
# (2025-08, single source ⚠: 12-82 and the bot; brief §7: no source says it works from a
# foreign SIM); sputniknews.uz/20251020 (Agency office in Russia); pravouz.com 2025-08-28.
contacts-start =
    <b>Migratsiya agentligi</b>
    Vazirlar Mahkamasi huzuridagi agentlik: chet elda ishlash, agentliklar litsenziyasi, muhojirlarning murojaatlari.

    Sayt: gov.uz/en/migration

    Qisqa raqam: <b>12-82</b> — Oʻzbekiston raqamidan; chet eldan ishlamasligi mumkin.
    Telegram-bot: @huquqiyyordamuzbot
    <i>Raqam va bot faqat bitta manbada koʻrsatilgan. Ularni Migratsiya agentligi orqali (rasmiy saytida) tasdiqlang.</i>

    Chet elda xavf boʻlsa, avval oʻsha davlatning favqulodda raqamiga qoʻngʻiroq qiling. Rossiyada — Agentlik vakolatxonasi («Rossiyada» tugmasi).

    2025-yil avgustida Toshkentda Agentlik bilan birga muhojirlar uchun resurs markazi ochilgan.

# Source: sputniknews.uz/20251020 (Agency office in Russia); kun.uz/ru 2020-07-10 (consulates).
contacts-russia =
    <b>Migratsiya agentligining Rossiyadagi vakolatxonasi</b>
    Telefon: +7 925 045 4744
    Manzil: Moskva, 1-y Kazachiy per. 11/2

    Rossiyadagi savollaringiz boʻyicha shu yerdan soʻrang.

    Rossiyadagi Oʻzbekiston elchixonasi va konsulliklari — «Elchixona va konsulliklar» tugmasida.

# Sources: hook.report 2022-08-05 (Istiqbolli Avlod hotline since 2003); muslim.uz 2018-07-30
# (emergency line ⚠ 2018); old.customs.uz/en/news/view/2232 (11-08 ⚠ undated);
# rovienna.iom.int/uzbekistan (IOM office line ⚠, not a hotline).
contacts-hotlines =
    <b>Ishonch telefonlari</b>

    <b>«Istiqbolli avlod»</b> nodavlat tashkiloti — 2003-yildan ishonch telefoni ishlaydi.
    Favqulodda liniya: +998 95 143 94 94
    <i>Raqam 2018-yilgi manbada — Migratsiya agentligi orqali tasdiqlang.</i>

    <b>Davlat bojxona qoʻmitasining</b> odam savdosiga qarshi ishonch telefoni: 11-08 — Oʻzbekiston raqamidan; chet eldan ishlamasligi mumkin.
    <i>Manbada sana yoʻq — Migratsiya agentligi orqali tasdiqlang.</i>

    <b>Xalqaro migratsiya tashkiloti (<code>IOM</code>)</b> — idora telefoni, ishonch telefoni emas: +998 71 120 5697, iomuz@iom.int
    <i>Migratsiya agentligi orqali tasdiqlang.</i>

# Sources: kun.uz/ru/news/2020/07/10 (consulates in Russia, list of 2020); uz.kursiv.media
# 2025-04-13 (Istanbul); aniq.uz 2026-01-27 (Seoul). Brief §2: no verified phone numbers.
contacts-consulates =
    <b>Oʻzbekiston elchixonalari va konsulliklari</b>

    • Rossiya: Moskva (elchixona), Sankt-Peterburg, Yekaterinburg, Vladivostok, Qozon, Rostov-na-Donu, Novosibirsk (2020-yilgi roʻyxat).
    • Turkiya: Istanbul (Bosh konsullik).
    • Janubiy Koreya: Seul (elchixona).

    Ularning tekshirilgan telefon raqamlari bizda yoʻq. Manzil va telefonni Migratsiya agentligidan soʻrang.
