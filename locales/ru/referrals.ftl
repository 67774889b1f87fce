# Review status: drafted, awaiting native-speaker review
# Organisations operators refer users to with /refer (dialogues/referrals.yaml names each text
# and its source). Every text must give exactly the contact the source states.

referrals-intro = 💬 <b>Горячая линия</b> (обращение #{ $case }) советует обратиться сюда:

# sputniknews.uz/20251020; yuz.uz
referrals-agency-russia =
    <b>Представительство Агентства миграции в России</b> (Москва)
    Телефон: +7 925 045 4744
    Адрес: Москва, 1-й Казачий пер., 11/2

# hook.report 2022-08-05; muslim.uz 2018-07-30 ⚠
referrals-istiqbolli-avlod =
    <b>«Istiqbolli avlod»</b> — общественная организация в Узбекистане, телефон доверия с 2003 года.
    Экстренная линия: +998 95 143 94 94
    <i>Номер из источника 2018 года — уточните через Агентство миграции.</i>

# modernslaveryhelpline.org; unseenuk.org 2019-09-19
referrals-uk-modern-slavery-helpline =
    <b>Modern Slavery &amp; Exploitation Helpline</b> (Великобритания)
    Телефон: 08000 121 700 — бесплатно, круглосуточно, более 200 языков.
    Если вы в опасности прямо сейчас, звоните 999.

# khaleejtimes.com
referrals-uae-mohre =
    <b>Министерство труда ОАЭ (MOHRE)</b> — жалобы по трудовым спорам.
    Телефон: 80060 — бесплатно, круглосуточно, 20 языков.

# koreatimes.co.kr
referrals-korea-hug =
    <b>HUG Korea</b> — консультации для иностранных работников по трудовым вопросам.
    Телефон: 1577-0071 — работает круглый год, 16 языков.

# korea.net 2018-03-27; jincheon.go.kr
referrals-korea-1345 =
    <b>Иммиграционный контакт-центр 1345</b> (Корея)
    Телефон: 1345, из-за границы +82-1345.
    20 языков по будним дням с 9:00 до 22:00; после 18:00 — только корейский, английский и китайский.

# isp.policja.pl 2014-12-19 ⚠; kcik.pl
referrals-poland-kcik =
    <b>KCIK</b> — Национальный центр помощи жертвам торговли людьми (Польша).
    Телефон: (22) 628 01 20 или (22) 628 99 99 — с понедельника по пятницу; в остальное время только срочные случаи.
    <i>Номера из источника 2014 года — уточните их.</i>

# turantimes.kz 2023-10-16
referrals-kazakhstan-111 =
    <b>Контакт-центр 111</b> (Казахстан) — помощь семьям, женщинам и детям, пострадавшим от насилия.
    Телефон: 111 — круглосуточно, бесплатно со стационарных и мобильных.
