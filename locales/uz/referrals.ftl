# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda
# Organisations operators refer users to with /refer (dialogues/referrals.yaml names each text
# and its source). Every text must give exactly the contact the source states.

referrals-intro = 💬 <b>Ishonch liniyasi</b> (murojaat #{ $case }) quyidagi joyga murojaat qilishni maslahat beradi:

# sputniknews.uz/20251020; yuz.uz
referrals-agency-russia =
    <b>Migratsiya agentligining Rossiyadagi vakolatxonasi</b> (Moskva)
    Telefon: +7 925 045 4744
    Manzil: Moskva, 1-y Kazachiy per. 11/2

# hook.report 2022-08-05; muslim.uz 2018-07-30 ⚠
referrals-istiqbolli-avlod =
    <b>«Istiqbolli avlod»</b> — Oʻzbekistondagi nodavlat tashkilot, ishonch telefoni 2003-yildan beri ishlaydi.
    Favqulodda liniya: +998 95 143 94 94
    <i>Raqam 2018-yilgi manbadan — Migratsiya agentligi orqali tasdiqlang.</i>

# modernslaveryhelpline.org; unseenuk.org 2019-09-19
referrals-uk-modern-slavery-helpline =
    <b>Modern Slavery &amp; Exploitation Helpline</b> (Buyuk Britaniya)
    Telefon: 08000 121 700 — bepul, kecha-kunduz, 200 dan ortiq tilda.
    Hozir xavf ostida boʻlsangiz, 999 ga qoʻngʻiroq qiling.

# khaleejtimes.com
referrals-uae-mohre =
    <b>BAA Mehnat vazirligi (MOHRE)</b> — mehnat nizolari boʻyicha shikoyatlar.
    Telefon: 80060 — bepul, kecha-kunduz, 20 tilda.

# koreatimes.co.kr
referrals-korea-hug =
    <b>HUG Korea</b> — chet ellik ishchilarga mehnat masalalari boʻyicha maslahat.
    Telefon: 1577-0071 — yil davomida ishlaydi, 16 tilda.

# korea.net 2018-03-27; jincheon.go.kr
referrals-korea-1345 =
    <b>1345 Immigratsiya aloqa markazi</b> (Koreya)
    Telefon: 1345, chet eldan +82-1345.
    Ish kunlari 9:00 dan 22:00 gacha 20 tilda; 18:00 dan keyin faqat koreys, ingliz va xitoy tillarida.

# isp.policja.pl 2014-12-19 ⚠; kcik.pl
referrals-poland-kcik =
    <b>KCIK</b> — odam savdosi qurbonlariga yordam milliy markazi (Polsha).
    Telefon: (22) 628 01 20 yoki (22) 628 99 99 — dushanbadan jumagacha; boshqa vaqtda faqat shoshilinch holatlar.
    <i>Raqamlar 2014-yilgi manbadan — ularni tasdiqlang.</i>

# turantimes.kz 2023-10-16
referrals-kazakhstan-111 =
    <b>111 aloqa markazi</b> (Qozogʻiston) — zoʻravonlikdan jabrlangan oilalar, ayollar va bolalarga yordam.
    Telefon: 111 — kecha-kunduz, shahar va mobil telefonlardan bepul.
