# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda

trouble-btn-steps = 🚶 Hozir nima qilish kerak
trouble-btn-passport = 🛂 Pasportimni olib qoʻyishdi
trouble-btn-passport-lost = 📕 Pasportimni yoʻqotdim, oʻgʻirlashdi
trouble-btn-unpaid = 💰 Maosh berishmayapti
trouble-btn-scammed = 💸 Pul toʻladim, meni aldashdi
trouble-btn-report-abroad = 📣 Ish joyidagi davlatda qayerga shikoyat qilish
trouble-btn-detained = 🚓 Ushlashdi, deportatsiya
trouble-btn-health = 🩺 Kasallik, ishda jarohat
trouble-btn-back = ⬅️ Boshqa vaziyat

trouble-start =
    <b>Hozir muammoga duch keldingizmi?</b>

    Siz yolgʻiz emassiz. Avvalo oʻz xavfsizligingizni oʻylang.

    Odam bilan gaplashish uchun birinchi tugmani bosing. Yoki vaziyatingizni tanlang.

trouble-steps =
    <b>Hozir nima qilish kerak</b>

    • Xavfsiz joyga chiqing, imkoni boʻlsa — odamlar koʻp joyga.
    • Telefoningizni quvvatlang. Oilangizga qayerdaligingizni yozing.
    • Ish beruvchi va vositachining ismi, telefoni va manzilini yozib oling.
    • Tushunmagan qogʻozga imzo chekmang, boshqa pul bermang.
    • Migratsiya agentligiga yoki Oʻzbekiston konsulligiga murojaat qiling (pastdagi «Yordam: kontaktlar» tugmasi).

# Source: respect.international (ILO, 2012: retention of identity documents);
# fergana.media/news/145041 (406 migrants got their documents back in 2025);
# sputniknews.uz/20251020 (Agency office in Russia). Contacts first; asking for the passport
# back only if it is safe (issue 13).
trouble-passport =
    <b>Pasportingizni olib qoʻyishdimi?</b>

    Ish beruvchi yoki vositachi pasportingizni olib qolmasligi kerak. Hujjatlarni olib qoʻyish — majburiy mehnat belgisi.

    1. Avval yordam soʻrang: odam bilan gaplashing (pastdagi tugma), Oʻzbekiston konsulligiga, Rossiyada esa Migratsiya agentligi vakolatxonasiga murojaat qiling: +7 925 045 4744.
    2. Pasport nusxasi yoki surati boʻlsa, saqlang.
    3. Pasportni qaytarib soʻrash faqat xavfsiz boʻlsagina mumkin. Rad etishsa yoki qoʻrqitishsa — bahslashmang, u yerdan keting va yordam soʻrang.

    2025-yilda 406 nafar muhojir hujjatlarini ish beruvchi va vositachilardan qaytarib olgan.

# Source: respect.international (ILO, 2012: withholding of wages);
# fergana.media/news/145041 ($1.9 million in unpaid wages recovered by the Agency in 2025).
trouble-unpaid =
    <b>Maosh berishmayaptimi?</b>

    Maoshni ushlab qolish — majburiy mehnat belgisi.

    • Ishlagan kunlaringiz va soatlaringizni yozib boring.
    • Shartnoma, xabarlar va pul oʻtkazmalarini saqlang.
    • Migratsiya agentligiga murojaat qiling. 2025-yilda Agentlik muhojirlarning 1,9 million dollarlik toʻlanmagan maoshini undirib bergan.

# Source: tashkenttimes.uz/national/13914 (the Agency licenses and inspects agencies).
trouble-scammed =
    <b>Pul toʻlab, aldandingizmi?</b>

    • Boshqa pul toʻlamang — «yana ozgina qoldi» deyishsa ham.
    • Hamma dalilni saqlang: chek, pul oʻtkazmasi, yozishmalar, telefon raqamlari, eʼlon.
    • Migratsiya agentligiga xabar bering: u agentliklarga litsenziya beradi va ularni tekshiradi.
    • Boshqalarni ham ogohlantiring.

# Source: kun.uz/ru/news/2020/07/10 (consulates in Russia, 2020); uz.kursiv.media 2025-04-13
# (Istanbul); aniq.uz 2026-01-27 (Seoul); sputniknews.uz/20251020 (Agency office in Russia).
# The brief names no document, fee or form for going home: the text says whom to ask.
trouble-passport-lost =
    <b>Pasportingiz yoʻqoldimi yoki oʻgʻirlandimi?</b>

    • Turgan davlatingizdagi Oʻzbekiston elchixonasi yoki konsulligiga murojaat qiling. Vatanga qaytish uchun sizga qanday hujjat berilishini va buning uchun nima kerakligini soʻrang.
    • Rossiyada Migratsiya agentligi vakolatxonasiga ham murojaat qilish mumkin: +7 925 045 4744, Moskva, 1-y Kazachiy per. 11/2.
    • Pasport nusxasi yoki surati boʻlsa, oʻzingiz bilan olib boring.

    Pasportni ish beruvchi yoki vositachi olib qoʻygan boʻlsa — bu boshqa vaziyat: «Pasportimni olib qoʻyishdi» tugmasini bosing.

# Sources: sputniknews.uz/20251020 (Agency office in Russia); m.koreatimes.co.kr newsIdx=376806
# (HUG Korea 1577-0071); korea.net 2018-03-27 (1345); khaleejtimes.com (MOHRE 80060, 24/7,
# 20 languages); welcomeqatar.com 2020-04-20 (SMS 92727); modernslaveryhelpline.org
# (08000 121 700, free, 24/7). Domain brief §7.
trouble-report-abroad =
    <b>Ish joyidagi davlatda qayerga shikoyat qilish</b>
    Maosh berilmasa yoki aldashgan boʻlsa:

    • Rossiya: Migratsiya agentligi vakolatxonasi, +7 925 045 4744.
    • Janubiy Koreya: <code>HUG Korea</code>, chet ellik ishchilar uchun maslahat, 1577-0071; immigratsiya markazi 1345.
    • BAA: mehnat vazirligi (<code>MOHRE</code>) shikoyatlari, 80060 — bepul, kecha-kunduz, 20 tilda.
    • Qatar: 92727 raqamiga SMS (2020-yilgi maʼlumot).
    • Buyuk Britaniya: ekspluatatsiya boʻyicha yordam liniyasi (<code>Modern Slavery &amp; Exploitation Helpline</code>), 08000 121 700 — bepul, kecha-kunduz.
    • Boshqa davlatlarda: Oʻzbekiston konsulligi yoki Migratsiya agentligi.

    Shartnoma, yozishmalar va pul oʻtkazmalari cheklarini saqlang.

# Source: sputniknews.uz/20251020 (Agency office in Russia; 3–10 year entry bans);
# kun.uz/ru/news/2020/07/10 (consulates). The brief gives no rights in detention: advice only.
trouble-detained =
    <b>Sizni ushlashdimi yoki deportatsiya xavfi bormi?</b>

    • Xotirjam boʻling, qarshilik koʻrsatmang.
    • Tushunmagan qogʻozlaringizga imzo chekmang. Ularni tarjima qilib berishni soʻrang.
    • Oilangizga qayerdaligingizni xabar qiling.
    • Oʻzbekiston konsulligi bilan bogʻlanishni soʻrang.
    • Rossiyada: Migratsiya agentligi vakolatxonasi, +7 925 045 4744.

    Qoidalarni qayta-qayta buzgan odamga Rossiyaga kirish 3 yildan 10 yilgacha taqiqlanishi mumkin. Taqiqni qanday tekshirish va unga shikoyat qilish — pastdagi tugmada.

# Sources (domain brief §7): mos.ru (Russia 103, 112); egov.kz 2021 (Kazakhstan 103, 112);
# postgazetesi.ch (Turkey 112); citiesinsider.com (Korea 119, third-party);
# wellingtonpractice.co.uk (UK 999); 112.gov.pl 2018 (Poland 112); mainz.de (Germany 112);
# emirates247.com 2015 (UAE 998); arabnews.com (Saudi 911); wgoqatar.com (Qatar 999);
# m.koreatimes.co.kr (HUG Korea 1577-0071); khaleejtimes.com (MOHRE 80060).
trouble-health =
    <b>Kasallik yoki ishda jarohat</b>

    • Avval — tibbiy yordam. Tez yordam: Rossiya — 103 yoki 112; Qozogʻiston — 103 yoki 112; Turkiya — 112; Janubiy Koreya — 119; Buyuk Britaniya — 999; Polsha va Germaniya — 112; BAA — 998; Saudiya Arabistoni — 911; Qatar — 999.
    • Shifokor maʼlumotnomalari, cheklar, jarohat surati va guvohlarning ismlarini saqlang.
    • Qachon va qanday sodir boʻlganini yozib qoʻying.
    • Ish beruvchi yordam bermasa yoki pul toʻlamasa: Koreyada — <code>HUG Korea</code>, 1577-0071; BAAda — <code>MOHRE</code>, 80060; boshqa davlatlarda — Oʻzbekiston konsulligi yoki Migratsiya agentligi.

trouble-btn-emergency = 🆘 Hozir turgan davlatimning favqulodda raqamlari
trouble-btn-safety = 📵 Telefon xavfsizligi

# No facts: how Telegram and Safar's own /forget behave.
trouble-safety =
    <b>Telefon xavfsizligi</b>

    • Bu chatni telefoningiz qoʻliga tushgan odam oʻqishi mumkin. Agar bu xavfli boʻlsa, suhbatdan keyin chatni oʻchiring: Telegramdagi chatlar roʻyxatida shu chatni barmogʻingiz bilan bosib turing va «Oʻchirish»ni tanlang.
    • /forget buyrugʻi Safar siz haqingizda saqlagan maʼlumotlarni oʻchiradi, lekin telefoningizdagi bu chatni oʻchirmaydi: uni oʻzingiz oʻchiring.
    • Hozir turgan davlatingizning favqulodda raqamini qogʻozga yozib qoʻying yoki yodlab oling (pastdagi tugma).
