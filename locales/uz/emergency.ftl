# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda

## The emergency answer by country (src/core/emergency.rs): shown at once to every message of
## distress, from "In trouble now", with /country and outside the hotline's office hours.
## Only numbers from the domain brief (section 7; section 2 for the Migration Agency), each
## with its source in a comment above it. The local emergency number always comes first.
## 12-82 and 11-08 are short numbers of Uzbek networks: no source says they work from a
## foreign SIM (domain brief, section 7, "Not confirmed"), so abroad they are only named as
## such, never as the only contact.

emergency-ask-country = <b>Hozir qayerdasiz?</b> Davlatni bosing: uning favqulodda raqamlarini koʻrsatamiz va javobingizni eslab qolamiz. Davlatni /country buyrugʻi bilan oʻzgartirish mumkin.
emergency-btn-change = 📍 Davlatni oʻzgartirish
emergency-btn-uz = 🇺🇿 Oʻzbekiston
emergency-btn-ru = 🇷🇺 Rossiya
emergency-btn-kz = 🇰🇿 Qozogʻiston
emergency-btn-tr = 🇹🇷 Turkiya
emergency-btn-kr = 🇰🇷 Janubiy Koreya
emergency-btn-gb = 🇬🇧 Buyuk Britaniya
emergency-btn-pl = 🇵🇱 Polsha
emergency-btn-de = 🇩🇪 Germaniya
emergency-btn-ae = 🇦🇪 BAA
emergency-btn-sa = 🇸🇦 Saudiya Arabistoni
emergency-btn-qa = 🇶🇦 Qatar
emergency-btn-other = 🌍 Boshqa davlat

# No figures: the brief gives no number that works in every country.
emergency-other =
    <b>Agar hayotingiz xavf ostida boʻlsa, hozir turgan davlatingizning favqulodda xizmatiga (politsiya, tez yordam) qoʻngʻiroq qiling.</b>
    Iloji boʻlsa, odamlar bor joyga boring. Shu davlatdagi Oʻzbekiston elchixonasi yoki konsulligiga murojaat qiling.
emergency-generic = { emergency-other }

# Sources: yuz.uz/a/ru/129171 (2025-08, single source: 12-82 and @huquqiyyordamuzbot);
# old.customs.uz/en/news/view/2232 (11-08, undated). Domain brief, section 7: no source says
# 12-82 or 11-08 can be dialled from abroad.
emergency-uz-numbers = <i>12-82 (Migratsiya agentligi) va 11-08 (odam savdosiga qarshi ishonch telefoni) — Oʻzbekistonning qisqa raqamlari: ularga oʻzbek SIM-kartasidan qoʻngʻiroq qiling; chet eldan ishlashi nomaʼlum. Istalgan davlatdan internet orqali: Migratsiya agentligi boti @huquqiyyordamuzbot (bitta manbadan maʼlum).</i>

# Sources: xs.uz/fr/post/112-unified-dispatch-service-now-fully-operational-across-uzbekistan
# (112 in all regions, n/s); kun.uz/ru/news/2022/12/06 (police 102); kun.uz/en/news/2022/07/08
# (ambulance 103); yuz.uz/a/ru/129171 (2025-08, 12-82 and the bot, single source);
# old.customs.uz/en/news/view/2232 (11-08, undated); muslim.uz 2018-07-30 (Istiqbolli Avlod, 2018).
emergency-uz =
    <b>🇺🇿 Oʻzbekiston. Agar hayotingiz xavf ostida boʻlsa:</b>
    • <b>112</b> — yagona favqulodda xizmat
    • <b>102</b> — politsiya, <b>103</b> — tez yordam
    • Migratsiya agentligi: <b>12-82</b>, Telegram: @huquqiyyordamuzbot
    • Davlat bojxona qoʻmitasining odam savdosiga qarshi ishonch telefoni: <b>11-08</b>
    • «Istiqbolli avlod» ishonch telefoni: <b>+998 95 143 94 94</b>
    <i>12-82, 11-08 va «Istiqbolli avlod» raqami har biri bitta manbadan maʼlum; Migratsiya agentligi orqali tekshiring.</i>

# Sources: mos.ru/en/news/item/26869073 (112 free, works without a SIM; 101, 102, 103; n/s);
# tass.com/society/1383365 (2022-01-01: interpreters at 112 for foreigners); yuz.uz
# (rossiyada-faoliyat-yuritayotgan-xalqaro-yuk-tashuvchi-haydovchilar…, 2025 content) and
# sputniknews.uz 2025-10-20: Migration Agency office in Russia, +7 925 045 4744, Moscow,
# 1-y Kazachiy per. 11/2.
emergency-ru =
    <b>🇷🇺 Rossiya. Agar hayotingiz xavf ostida boʻlsa:</b>
    • <b>112</b> — bepul, SIM-kartasiz ham ishlaydi; chet elliklar uchun tarjimonlar bor
    • <b>102</b> — politsiya, <b>103</b> — tez yordam, <b>101</b> — yongʻin xizmati
    • Oʻzbekiston Migratsiya agentligining Rossiyadagi vakolatxonasi: <b>+7 925 045 4744</b>, Moskva, 1-y Kazachiy pereulok, 11/2

# Sources: egov.kz/cms/en/articles/emergency_situations/emergency_number_112 (updated
# 08.09.2021: 112, 102, 103, free from any phone); turantimes.kz 16.10.2023 (contact centre 111
# for victims of violence, 24 h, free from landlines and mobiles).
emergency-kz =
    <b>🇰🇿 Qozogʻiston. Agar hayotingiz xavf ostida boʻlsa:</b>
    • <b>112</b> — istalgan telefondan bepul
    • <b>102</b> — politsiya, <b>103</b> — tez yordam
    • <b>111</b> — zoʻravonlikdan jabrlanganlar uchun kecha-kunduz ishlaydigan aloqa markazi, bepul

# Sources: postgazetesi.ch (112, one number for all emergencies, n/s); trtdeutsch.com (112 takes
# calls in English, German, Arabic and Russian, n/s); uz.kursiv.media/en/2025-04-13 (the Uzbek
# Consulate General in Istanbul; the brief has no verified phone number for it).
emergency-tr =
    <b>🇹🇷 Turkiya. Agar hayotingiz xavf ostida boʻlsa:</b>
    • <b>112</b> — barcha favqulodda holatlar uchun yagona raqam; rus tilida ham javob berishadi
    • Istanbulda Oʻzbekiston Bosh konsulligi bor (tekshirilgan telefon raqami bizda yoʻq).

# Sources: citiesinsider.com (3P, n/s: 112 police, 119 fire and ambulance); korea.net
# 2018-03-27 (1345: 20 languages, 09:00–22:00); jincheon.go.kr (after 18:00 only Korean, English
# and Chinese); m.koreatimes.co.kr newsIdx=376806 (HUG Korea 1577-0071, 16 languages, all year);
# kun.uz/en/news/2023/10/30 and de.turkishnewsworld.com (3P, about Apr 2025): Uzbek embassy lines.
emergency-kr =
    <b>🇰🇷 Janubiy Koreya. Agar hayotingiz xavf ostida boʻlsa:</b>
    • <b>112</b> — politsiya, <b>119</b> — tez yordam va yongʻin xizmati
    • <b>1345</b> — immigratsiya aloqa markazi: 20 til, 09:00–22:00 (18:00 dan keyin faqat koreys, ingliz va xitoy tillarida)
    • <b>1577-0071</b> — chet ellik ishchilarga mehnat masalalari boʻyicha maslahat, 16 til
    • Oʻzbekiston elchixonasi: <b>+82 10 3213 4505</b>, <b>+82 10 2909 4334</b>, <b>+82 2 574 6554</b>
    <i>Elchixona raqamlari yangiliklardan olingan (2023, 2025); Migratsiya agentligi orqali tekshiring.</i>

# Sources: wellingtonpractice.co.uk/emergency-information (999 and 112, free, also from a
# locked mobile, n/s); modernslaveryhelpline.org (08000 121 700, free, confidential, 24/7, n/s);
# unseenuk.org 2019-09-19 (over 200 languages).
emergency-gb =
    <b>🇬🇧 Buyuk Britaniya. Agar hayotingiz xavf ostida boʻlsa:</b>
    • <b>999</b> yoki <b>112</b> — bepul, qulflangan telefondan ham
    • <b>08000 121 700</b> — zamonaviy qullik va ekspluatatsiyaga qarshi ishonch telefoni (<code>Modern Slavery &amp; Exploitation Helpline</code>): bepul, kecha-kunduz, 200 dan ortiq tilda

# Sources: 112.gov.pl (20.11.2018: 112 free, works without a SIM; 997 police, 999 ambulance);
# isp.policja.pl (19.12.2014: KCIK (22) 628 01 20, (22) 628 99 99); kcik.pl (Mon–Fri; at other
# times a mobile phone for urgent cases only, n/s).
emergency-pl =
    <b>🇵🇱 Polsha. Agar hayotingiz xavf ostida boʻlsa:</b>
    • <b>112</b> — bepul, SIM-kartasiz ham ishlaydi
    • <b>997</b> — politsiya, <b>999</b> — tez yordam
    • <code>KCIK</code>, odam savdosi qurbonlariga yordam markazi: <b>(22) 628 01 20</b>, <b>(22) 628 99 99</b>, ish kunlari <i>(raqamlar 2014 yilgi manbadan)</i>

# Sources: mainz.de (112 fire and ambulance, 110 police, free, a SIM card must be in the phone,
# n/s); polizei.bremerhaven.de (110 works with no credit and without the PIN, n/s).
# The brief found no labour-exploitation helpline for Germany.
emergency-de =
    <b>🇩🇪 Germaniya. Agar hayotingiz xavf ostida boʻlsa:</b>
    • <b>110</b> — politsiya, <b>112</b> — tez yordam va yongʻin xizmati, bepul
    • Telefonda SIM-karta boʻlishi kerak; 110 ga hisobda pul boʻlmasa ham, PIN-kodsiz ham qoʻngʻiroq qilish mumkin

# Sources: gulfnews.com 2021-09-12 (police 999); emirates247.com 2015-10-31 (ambulance 998);
# khaleejtimes.com (MOHRE 80060, toll-free, 24/7, 20 languages, n/s);
# migrationpolicy.unescwa.org (Decree-Law 33/2021: employers may not confiscate documents).
emergency-ae =
    <b>🇦🇪 BAA. Agar hayotingiz xavf ostida boʻlsa:</b>
    • <b>999</b> — politsiya, <b>998</b> — tez yordam
    • <b>80060</b> — Mehnat vazirligi (<code>MOHRE</code>), ish boʻyicha shikoyatlar: bepul, kecha-kunduz, 20 til
    • Ish beruvchiga hujjatlaringizni olib qoʻyish taqiqlangan.

# Source: arabnews.com/node/2076371 (911, 24 h, in a range of languages, n/s).
emergency-sa =
    <b>🇸🇦 Saudiya Arabistoni. Agar hayotingiz xavf ostida boʻlsa:</b>
    • <b>911</b> — kecha-kunduz, bir necha tilda

# Sources: wgoqatar.com/180195 (999, translators, n/s); welcomeqatar.com 2020-04-20 (labour
# complaints by SMS to 92727).
emergency-qa =
    <b>🇶🇦 Qatar. Agar hayotingiz xavf ostida boʻlsa:</b>
    • <b>999</b> — tarjimonlar bor
    • Ish boʻyicha shikoyatlar: <b>92727</b> raqamiga SMS <i>(2020 yilgi maʼlumot)</i>

## Suicidal thoughts and self-harm: warm words first, the crisis line where the brief gives one.

emergency-self-harm =
    Hozir sizga shunchalik ogʻirligidan juda afsusdaman. Yozganingiz yaxshi: siz yolgʻiz emassiz.
    Agar hozir oʻzingizga zarar yetkazib qoʻyishingiz mumkin boʻlsa, favqulodda xizmatga qoʻngʻiroq qiling yoki kimdandir yoningizda boʻlishini soʻrang.
# Source: tass.ru/moskva/10603811 (Moscow adult crisis line 051, from a mobile +7 (495) 051,
# free, 24 h; the year is not shown).
emergency-crisis-ru = <b>051</b> (mobil telefondan <b>+7 (495) 051</b>) — Moskvada bepul, kecha-kunduz psixologik yordam.
# Sources: m.hankookilbo.com A2024010316570003218 and koreabizwire.com/?p=303235 (2024-01-03:
# suicide prevention line 109, 24/7, replaced 1393).
emergency-crisis-kr = <b>109</b> — oʻz joniga qasd qilish haqida oʻylayotganlar uchun kecha-kunduz ishlaydigan yordam liniyasi.
# Source: samaritans.org/how-we-can-help/contact-samaritan (116 123, free, no credit needed, n/s).
emergency-crisis-gb = <b>116 123</b> — <code>Samaritans</code>: bepul, hisobda pul boʻlmasa ham. U yerda sizni tinglashadi.
emergency-self-harm-person = Xohlasangiz, jamoamizdan bir odam siz bilan gaplashadi.
