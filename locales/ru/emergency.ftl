# Review status: drafted, awaiting native-speaker review

## The emergency answer by country (src/core/emergency.rs): shown at once to every message of
## distress, from "In trouble now", with /country and outside the hotline's office hours.
## Only numbers from the domain brief (section 7; section 2 for the Migration Agency), each
## with its source in a comment above it. The local emergency number always comes first.
## 12-82 and 11-08 are short numbers of Uzbek networks: no source says they work from a
## foreign SIM (domain brief, section 7, "Not confirmed"), so abroad they are only named as
## such, never as the only contact.

emergency-ask-country = <b>Где вы сейчас?</b> Нажмите на страну: мы покажем её экстренные номера и запомним ответ. Изменить страну можно командой /country.
emergency-btn-change = 📍 Сменить страну
emergency-btn-uz = 🇺🇿 Узбекистан
emergency-btn-ru = 🇷🇺 Россия
emergency-btn-kz = 🇰🇿 Казахстан
emergency-btn-tr = 🇹🇷 Турция
emergency-btn-kr = 🇰🇷 Южная Корея
emergency-btn-gb = 🇬🇧 Великобритания
emergency-btn-pl = 🇵🇱 Польша
emergency-btn-de = 🇩🇪 Германия
emergency-btn-ae = 🇦🇪 ОАЭ
emergency-btn-sa = 🇸🇦 Саудовская Аравия
emergency-btn-qa = 🇶🇦 Катар
emergency-btn-other = 🌍 Другая страна

# No figures: the brief gives no number that works in every country.
emergency-other =
    <b>Если ваша жизнь в опасности, звоните в местную экстренную службу (полиция, скорая помощь) страны, где вы сейчас.</b>
    Если можете, уйдите туда, где есть люди. Обратитесь в посольство или консульство Узбекистана в этой стране.
emergency-generic = { emergency-other }

# Sources: yuz.uz/a/ru/129171 (2025-08, single source: 12-82 and @huquqiyyordamuzbot);
# old.customs.uz/en/news/view/2232 (11-08, undated). Domain brief, section 7: no source says
# 12-82 or 11-08 can be dialled from abroad.
emergency-uz-numbers = <i>12-82 (Агентство миграции) и 11-08 (телефон доверия по торговле людьми) — короткие номера Узбекистана: звоните на них с узбекской SIM-карты; работают ли они из-за границы, неизвестно. Через интернет из любой страны: бот Агентства миграции @huquqiyyordamuzbot (известен из одного источника).</i>

# Sources: xs.uz/fr/post/112-unified-dispatch-service-now-fully-operational-across-uzbekistan
# (112 in all regions, n/s); kun.uz/ru/news/2022/12/06 (police 102); kun.uz/en/news/2022/07/08
# (ambulance 103); yuz.uz/a/ru/129171 (2025-08, 12-82 and the bot, single source);
# old.customs.uz/en/news/view/2232 (11-08, undated); muslim.uz 2018-07-30 (Istiqbolli Avlod, 2018).
emergency-uz =
    <b>🇺🇿 Узбекистан. Если ваша жизнь в опасности:</b>
    • <b>112</b> — единая экстренная служба
    • <b>102</b> — полиция, <b>103</b> — скорая помощь
    • Агентство миграции: <b>12-82</b>, Telegram: @huquqiyyordamuzbot
    • Телефон доверия Государственного таможенного комитета по торговле людьми: <b>11-08</b>
    • Телефон доверия «Istiqbolli avlod»: <b>+998 95 143 94 94</b>
    <i>12-82, 11-08 и номер «Istiqbolli avlod» известны каждый из одного источника; уточните их через Агентство миграции.</i>

# Sources: mos.ru/en/news/item/26869073 (112 free, works without a SIM; 101, 102, 103; n/s);
# tass.com/society/1383365 (2022-01-01: interpreters at 112 for foreigners); yuz.uz
# (rossiyada-faoliyat-yuritayotgan-xalqaro-yuk-tashuvchi-haydovchilar…, 2025 content) and
# sputniknews.uz 2025-10-20: Migration Agency office in Russia, +7 925 045 4744, Moscow,
# 1-y Kazachiy per. 11/2.
emergency-ru =
    <b>🇷🇺 Россия. Если ваша жизнь в опасности:</b>
    • <b>112</b> — бесплатно, даже без SIM-карты; для иностранцев есть переводчики
    • <b>102</b> — полиция, <b>103</b> — скорая помощь, <b>101</b> — пожарные
    • Представительство Агентства миграции Узбекистана в России: <b>+7 925 045 4744</b>, Москва, 1-й Казачий переулок, 11/2

# Sources: egov.kz/cms/en/articles/emergency_situations/emergency_number_112 (updated
# 08.09.2021: 112, 102, 103, free from any phone); turantimes.kz 16.10.2023 (contact centre 111
# for victims of violence, 24 h, free from landlines and mobiles).
emergency-kz =
    <b>🇰🇿 Казахстан. Если ваша жизнь в опасности:</b>
    • <b>112</b> — бесплатно с любого телефона
    • <b>102</b> — полиция, <b>103</b> — скорая помощь
    • <b>111</b> — круглосуточный контакт-центр для пострадавших от насилия, бесплатно

# Sources: postgazetesi.ch (112, one number for all emergencies, n/s); trtdeutsch.com (112 takes
# calls in English, German, Arabic and Russian, n/s); uz.kursiv.media/en/2025-04-13 (the Uzbek
# Consulate General in Istanbul; the brief has no verified phone number for it).
emergency-tr =
    <b>🇹🇷 Турция. Если ваша жизнь в опасности:</b>
    • <b>112</b> — один номер для всех экстренных случаев; звонки принимают и на русском языке
    • В Стамбуле есть Генеральное консульство Узбекистана (проверенного номера телефона у нас нет).

# Sources: citiesinsider.com (3P, n/s: 112 police, 119 fire and ambulance); korea.net
# 2018-03-27 (1345: 20 languages, 09:00–22:00); jincheon.go.kr (after 18:00 only Korean, English
# and Chinese); m.koreatimes.co.kr newsIdx=376806 (HUG Korea 1577-0071, 16 languages, all year);
# kun.uz/en/news/2023/10/30 and de.turkishnewsworld.com (3P, about Apr 2025): Uzbek embassy lines.
emergency-kr =
    <b>🇰🇷 Южная Корея. Если ваша жизнь в опасности:</b>
    • <b>112</b> — полиция, <b>119</b> — скорая помощь и пожарные
    • <b>1345</b> — иммиграционный контакт-центр: 20 языков, 09:00–22:00 (после 18:00 — только корейский, английский и китайский)
    • <b>1577-0071</b> — консультации для иностранных работников по трудовым вопросам, 16 языков
    • Посольство Узбекистана: <b>+82 10 3213 4505</b>, <b>+82 10 2909 4334</b>, <b>+82 2 574 6554</b>
    <i>Номера посольства взяты из новостей (2023, 2025); уточните их через Агентство миграции.</i>

# Sources: wellingtonpractice.co.uk/emergency-information (999 and 112, free, also from a
# locked mobile, n/s); modernslaveryhelpline.org (08000 121 700, free, confidential, 24/7, n/s);
# unseenuk.org 2019-09-19 (over 200 languages).
emergency-gb =
    <b>🇬🇧 Великобритания. Если ваша жизнь в опасности:</b>
    • <b>999</b> или <b>112</b> — бесплатно, даже с заблокированного телефона
    • <b>08000 121 700</b> — горячая линия по современному рабству и эксплуатации (Modern Slavery &amp; Exploitation Helpline): бесплатно, круглосуточно, более 200 языков

# Sources: 112.gov.pl (20.11.2018: 112 free, works without a SIM; 997 police, 999 ambulance);
# isp.policja.pl (19.12.2014: KCIK (22) 628 01 20, (22) 628 99 99); kcik.pl (Mon–Fri; at other
# times a mobile phone for urgent cases only, n/s).
emergency-pl =
    <b>🇵🇱 Польша. Если ваша жизнь в опасности:</b>
    • <b>112</b> — бесплатно, даже без SIM-карты
    • <b>997</b> — полиция, <b>999</b> — скорая помощь
    • KCIK, центр помощи пострадавшим от торговли людьми: <b>(22) 628 01 20</b>, <b>(22) 628 99 99</b>, по будням <i>(номера из источника 2014 года)</i>

# Sources: mainz.de (112 fire and ambulance, 110 police, free, a SIM card must be in the phone,
# n/s); polizei.bremerhaven.de (110 works with no credit and without the PIN, n/s).
# The brief found no labour-exploitation helpline for Germany.
emergency-de =
    <b>🇩🇪 Германия. Если ваша жизнь в опасности:</b>
    • <b>110</b> — полиция, <b>112</b> — скорая помощь и пожарные, бесплатно
    • В телефоне должна быть SIM-карта; на 110 можно звонить без денег на счёте и без PIN-кода

# Sources: gulfnews.com 2021-09-12 (police 999); emirates247.com 2015-10-31 (ambulance 998);
# khaleejtimes.com (MOHRE 80060, toll-free, 24/7, 20 languages, n/s);
# migrationpolicy.unescwa.org (Decree-Law 33/2021: employers may not confiscate documents).
emergency-ae =
    <b>🇦🇪 ОАЭ. Если ваша жизнь в опасности:</b>
    • <b>999</b> — полиция, <b>998</b> — скорая помощь
    • <b>80060</b> — Министерство труда (MOHRE), жалобы по работе: бесплатно, круглосуточно, 20 языков
    • Работодателю запрещено забирать ваши документы.

# Source: arabnews.com/node/2076371 (911, 24 h, in a range of languages, n/s).
emergency-sa =
    <b>🇸🇦 Саудовская Аравия. Если ваша жизнь в опасности:</b>
    • <b>911</b> — круглосуточно, на нескольких языках

# Sources: wgoqatar.com/180195 (999, translators, n/s); welcomeqatar.com 2020-04-20 (labour
# complaints by SMS to 92727).
emergency-qa =
    <b>🇶🇦 Катар. Если ваша жизнь в опасности:</b>
    • <b>999</b> — есть переводчики
    • Жалобы по работе: SMS на номер <b>92727</b> <i>(данные 2020 года)</i>

## Suicidal thoughts and self-harm: warm words first, the crisis line where the brief gives one.

emergency-self-harm =
    Мне очень жаль, что вам сейчас так тяжело. Хорошо, что вы написали: вы не одни.
    Если вы можете причинить себе вред прямо сейчас, позвоните в экстренную службу или попросите кого-нибудь побыть рядом с вами.
# Source: tass.ru/moskva/10603811 (Moscow adult crisis line 051, from a mobile +7 (495) 051,
# free, 24 h; the year is not shown).
emergency-crisis-ru = <b>051</b> (с мобильного <b>+7 (495) 051</b>) — бесплатная круглосуточная психологическая помощь в Москве.
# Sources: m.hankookilbo.com A2024010316570003218 and koreabizwire.com/?p=303235 (2024-01-03:
# suicide prevention line 109, 24/7, replaced 1393).
emergency-crisis-kr = <b>109</b> — круглосуточная линия помощи тем, кто думает о самоубийстве.
# Source: samaritans.org/how-we-can-help/contact-samaritan (116 123, free, no credit needed, n/s).
emergency-crisis-gb = <b>116 123</b> — Samaritans: бесплатно, даже без денег на счёте. Там выслушают.
emergency-self-harm-person = Если хотите, с вами поговорит человек из нашей команды.
