# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda

rights-btn-red-flags = ⚠️ Soxta ish taklifi belgilari
rights-btn-at-work = 🚷 Ishdagi xavf belgilari
rights-btn-passport = 🛂 Pasportingiz nega oʻzingizda
rights-btn-debt = ⛓ Qarz qulligi
rights-btn-women = 👩 Ayollar uchun: homiladorlik, shilqimlik
rights-btn-domestic = 🏠 Birovning uyida ishlash
rights-btn-help-me = 🙋 Bu men bilan boʻlyapti
rights-btn-help-other = 👥 Bu tanishim bilan boʻlyapti
rights-btn-back = ⬅️ Huquqlar: barcha mavzular

# Source: respect.international (ILO indicators of forced labour, 2012).
rights-start =
    <b>Odam savdosi va huquqlaringiz</b>

    Majburiy mehnatning 11 ta belgisi bor. Bitta belgi ham xavfli boʻlishi mumkin, koʻpincha bir nechtasi birga keladi.

    Siz aybdor emassiz. Yordam soʻrash mumkin.

    Mavzuni tanlang.

# Source: romania.iom.int (IOM, recognizing legitimate employment); respect.international (ILO
# indicators of forced labour, 2012); iris.iom.int (Employer Pays Principle); mehnat.uz (agencies
# may not charge citizens). See domain-brief §1–2.
rights-red-flags =
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

# Source: respect.international (ILO indicators of forced labour, 2012: the 11 indicators).
rights-at-work =
    <b>Ishda majburiy mehnat belgilari</b>
    • Ish yoki maosh haqida aldashdi.
    • Qiyin ahvolingizdan foydalanishadi.
    • Ketishingizga qoʻyishmaydi, qamab qoʻyishadi.
    • Sizni odamlardan va oilangizdan ajratib qoʻyishdi.
    • Urishadi yoki jinsiy zoʻravonlik qilishadi.
    • Qoʻrqitishadi, tahdid qilishadi.
    • Hujjatlaringizni olib qoʻyishdi.
    • Maoshingizni bermay turishadi.
    • «Qarzingni ishlab uz» deyishadi.
    • Yashash va ish sharoiti juda yomon.
    • Haddan tashqari koʻp ishlatishadi.

    Bitta belgi ham yetarli boʻlishi mumkin. Yordam soʻrang.

# Source: respect.international (ILO, 2012: retention of identity documents);
# fergana.media/news/145041 (406 migrants got their documents back in 2025).
rights-passport =
    <b>Pasportingiz — faqat sizniki</b>

    Ish beruvchi yoki vositachi pasportingizni olib qolmasligi kerak — «saqlab turamiz» deyishsa ham. Xalqaro mehnat tashkiloti hujjatlarni olib qoʻyishni majburiy mehnat belgisi deb biladi.

    Pasportsiz siz keta olmaysiz, kimligingizni isbotlay olmaysiz va boshqalarga qaram boʻlib qolasiz.

    2025-yilda 406 nafar muhojir hujjatlarini ish beruvchi va vositachilardan qaytarib olgan.

# Source: respect.international (ILO, 2012: debt bondage); khaleejtimes.com (Dubai case);
# iris.iom.int (Employer Pays Principle).
rights-debt =
    <b>Qarz qulligi</b>

    Vositachi chipta va vizangiz pulini toʻlaydi, keyin «qarzni maoshingdan uzasan» deydi. Qarz oʻsib boradi, siz esa ketolmaysiz. Bu — qarz qulligi, majburiy mehnat belgisi.

    Misol: Dubayda oyiga 1000 dollar vaʼda qilingan odamning pasportini olib qoʻyishgan, «viza va yoʻl pulini qaytar» deyishgan va uni fohishalikka majburlashgan.

    Ish uchun qarz olmang: yoʻl va ishga olish xarajatlarini ish beruvchi toʻlashi kerak.

# Source: fergana.media/news/145041 (the Agency handled 20,000+ appeals in 2025).
rights-help-me =
    <b>Bu siz bilan boʻlayotgan boʻlsa</b>

    1. Xavf ostida boʻlsangiz, avval xavfsiz joyga chiqing.
    2. Qayerdaligingizni, ish beruvchi va vositachining ismi, telefoni va manzilini yozib oling.
    3. Xabarlar, cheklar va shartnomani saqlang: ular dalil.
    4. Migratsiya agentligiga yoki Oʻzbekiston konsulligiga murojaat qiling. 2025-yilda Agentlik 20 000 dan ortiq murojaatni koʻrib chiqqan.

    Odam bilan gaplashish uchun birinchi tugmani bosing.

rights-help-other =
    <b>Bu tanishingiz bilan boʻlayotgan boʻlsa</b>

    • U bilan xotirjam gaplashing, uni ayblamang.
    • Bilganlaringizni yozib oling: u qaysi davlatda, qaysi shaharda, kim bilan, telefon raqamlari.
    • Uning hujjatlari nusxasi sizda boʻlsa, saqlang.
    • Migratsiya agentligiga yoki Oʻzbekiston konsulligiga xabar bering.
    • Oʻzingiz xavfli joyga bormang.

    Nima qilishni bilmasangiz, odam bilan gaplashing.

# Source: respect.international (ILO, 2012: physical and sexual violence). The brief has no
# rule on pregnancy or harassment for any country: the text says what to do and whom to ask.
rights-women =
    <b>Ayollar uchun: homiladorlik va shilqimlik</b>

    <b>Homiladorlik.</b> Homiladorligingiz sababli sizni ishdan boʻshatishsa yoki ketishga majburlashsa, tushunmagan yoki rozi boʻlmagan ishdan boʻshatish qogʻozlariga imzo chekmang. Shartnoma va yozishmalarni saqlang. Huquqlaringizni Oʻzbekiston konsulligi yoki Migratsiya agentligidan soʻrang.

    <b>Shilqimlik va zoʻravonlik.</b> Jinsiy zoʻravonlik — majburiy mehnat belgisi. Siz aybdor emassiz. Xavf boʻlsa, xavfsiz joyga keting va yordam soʻrang. Odam bilan gaplashish — pastdagi tugma.

# Sources: respect.international (ILO, 2012: isolation, restriction of movement, retention of
# documents); migrationpolicy.unescwa.org (UAE Decree-Law 33/2021); turantimes.kz 2023-10-16
# (Kazakhstan contact centre 111).
rights-domestic =
    <b>Birovning uyida ishlash</b>
    Enaga, qarovchi, uy xizmatchisi — siz ishlayotgan joyingizda yashaysiz.

    • Pasport va telefoningizni oʻzingizda saqlang. BAAda qonun ish beruvchiga ishchining hujjatlarini olib qoʻyishni taqiqlaydi.
    • Yashayotgan joyingizning aniq manzilini biling va oilangizga ayting.
    • Ish soatlari, dam olish kunlari va maosh haqida yozma kelishib oling.
    • Uydan chiqarishmasa, oiladan ajratib qoʻyishsa, hujjatlarni olib qoʻyishsa — bular majburiy mehnat belgilari.
    • Qozogʻiston: 111 yagona kontakt-markazi (oila, ayollar, bolalar) — kecha-kunduz, bepul.
