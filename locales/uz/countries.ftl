# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda

countries-list = Davlatni tanlang.
countries-btn-russia = 🇷🇺 Rossiya
countries-btn-kazakhstan = 🇰🇿 Qozogʻiston
countries-btn-turkey = 🇹🇷 Turkiya
countries-btn-korea = 🇰🇷 Janubiy Koreya
countries-btn-korea-fraud = 🚨 Koreya: imtihon firibgarlari
countries-btn-korea-leave = 🚪 Koreya: ish beruvchidan ketish
countries-btn-uk = 🇬🇧 Buyuk Britaniya
countries-btn-uk-fraud = 🚨 Britaniya: aldovlar
countries-btn-poland = 🇵🇱 Polsha
countries-btn-germany = 🇩🇪 Germaniya
countries-btn-uae = 🇦🇪 BAA
countries-btn-saudi = 🇸🇦 Saudiya Arabistoni
countries-btn-qatar = 🇶🇦 Qatar
countries-btn-list = 🌍 Boshqa davlatlar
countries-btn-russia-topics = ⬅️ Rossiya: barcha mavzular
countries-btn-next-topic = ➡️ Keyingi mavzu
countries-btn-ru-registration = 📝 Roʻyxatdan oʻtish: 15 kun
countries-btn-ru-90days = 📅 90 kun qoidasi
countries-btn-ru-patent = 💳 Patent: 30 kun
countries-btn-ru-patent-pay = 💵 Patent: toʻlov va ishni almashtirish
countries-btn-ru-medical = 🩺 Tibbiy koʻrik va barmoq izlari
countries-btn-ru-exam = 🖥 Imtihon: til, tarix, qonun
countries-btn-ru-ruid = 📱 RuID xabarnomasi
countries-btn-ru-register = 🚫 «Nazoratdagi shaxslar» reyestri
countries-btn-ru-ban = ⛔ Kirish taqiqi va shikoyat

# Sources: see the `russia` node in dialogues/countries.yaml and domain-brief §3.
countries-russia =
    <b>Rossiya: asosiy muddatlar</b>

    Rossiyaga kirgandan keyin:
    • 15 kun ichida — roʻyxatdan oʻting (registratsiya);
    • 30 kun ichida — ishlash uchun patentga hujjat topshiring;
    • 30 kun ichida — tibbiy koʻrik va barmoq izlari.

    Patentingiz ham, ishingiz ham boʻlmasa, bir kalendar yilda 90 kundan koʻp qololmaysiz.

    Batafsil bilish uchun mavzuni tanlang.

# Source: mondaq.com 2022-06-28 (agreement in force 2022); sputniknews.uz/20251020 (an Agency
# notice says "15 working days": the brief says use 15 days, per the agreement).
countries-ru-registration =
    <b>Rossiya: roʻyxatdan oʻtish (registratsiya)</b>

    Oʻzbekiston fuqarolari Rossiyaga kirgandan keyin 15 kun davomida roʻyxatdan oʻtmasligi mumkin. Bu 2022-yildan amalda boʻlgan ikki davlat kelishuvida yozilgan.

    15 kun tugashidan oldin migratsiya hisobiga turing.

    Baʼzan «15 ish kuni» deyishadi. Tavakkal qilmang: 15 oddiy kun deb hisoblang.

# Source: nakanune.ru 2024-12-26 (260-FZ).
countries-ru-90days =
    <b>Rossiya: 90 kun qoidasi</b>

    2025-yil 1-yanvardan vizasiz kelgan chet elliklar Rossiyada bir kalendar yilda 90 kundan koʻp boʻla olmaydi (260-FZ qonuni).

    Bu cheklov patenti bor yoki rasmiy ishlayotgan odamlarga tegishli emas.

    Ishlamoqchi boʻlsangiz, patentni oʻz vaqtida oling.

# Source: Agency's Fergana Telegram channel (patent within 30 calendar days, fine).
# rbc.ru 2025-11-11 (Moscow 10,000 a month in 2026); riamo.ru 2025-11-14, radio1.ru (Moscow
# region 10,000); uz.sputniknews.ru 2025-12-21 (St Petersburg 8,000). Domain brief §6.
countries-ru-patent =
    <b>Rossiya: ishlash uchun patent</b>

    Rossiyaga kirgandan keyin 30 kalendar kun ichida patentga hujjat topshiring.

    Kechiksangiz — 10 000 dan 15 000 rublgacha jarima.

    Patent uchun har oy toʻlanadi. 2026-yilda: Moskva va Moskva viloyati — oyiga 10 000 rubl, Sankt-Peterburg — 8 000. Batafsil — keyingi sahifada.

# Sources (domain brief §6): rbc.ru 2025-11-11 (Moscow: NDFL advance 8,900 → 10,000 a month in
# 2026); riamo.ru 2025-11-14 and radio1.ru 2025-11-20 (Moscow region 10,000);
# uz.sputniknews.ru 2025-12-21 (St Petersburg 8,000); 360.ru 2025-11-30 (St Petersburg: no
# taxi or delivery work on a patent); sputniknews.uz/20251020 (Agency office in Russia).
# The brief has no rule on changing employer: the text says whom to ask.
countries-ru-patent-pay =
    <b>Rossiya: patent toʻlovi va ishni almashtirish</b>

    • Patent uchun har oy oldindan toʻlanadi (NDFL soligʻi). 2026-yilda: Moskva — oyiga 10 000 rubl, Moskva viloyati — 10 000, Sankt-Peterburg — 8 000. Boshqa viloyatdagi summani Migratsiya agentligi vakolatxonasidan soʻrang.
    • Toʻlov cheklarining hammasini saqlang.
    • Sankt-Peterburgda patent bilan taksi va yetkazib berish ishida ishlash mumkin emas.
    • Ish beruvchini almashtirmoqchimisiz? Avval Migratsiya agentligi vakolatxonasidan nima qilish kerakligini soʻrang: +7 925 045 4744.

# Source: brightuzbekistan.uz 2021-12; 24.kg 2021-12.
countries-ru-medical =
    <b>Rossiya: tibbiy koʻrik va barmoq izlari</b>

    Rossiyaga kirgandan keyin 30 kun ichida tibbiy koʻrikdan oʻting va barmoq izlaringizni topshiring (daktiloskopiya).

    Bu qoida 2021-yil 29-dekabrdan beri amalda.

    Patent uchun muddat ham 30 kun: ikkalasini birga rejalashtiring.

# Source: ria.ru/20251026 (computer-only since 1 Jan 2026, ~35% fail the first attempt in 2025);
# lenta.ru 2026-02-15 (exam centres also in Uzbekistan).
countries-ru-exam =
    <b>Rossiya: til, tarix va qonun imtihoni</b>

    Rus tili, Rossiya tarixi va qonunlari boʻyicha imtihon 2026-yil 1-yanvardan faqat kompyuterda topshiriladi.

    2025-yilda taxminan 35% odam birinchi urinishda oʻta olmagan. Oldindan tayyorlaning.

    Imtihon markazlari Oʻzbekistonda ham bor. Qayerdaligini Migratsiya agentligidan soʻrang.

# Source: rbc.ru 2025; consultant.ru 2025-07-08.
countries-ru-ruid =
    <b>Rossiya: RuID xabarnomasi</b>

    2025-yil 30-iyundan boshlab vizasiz kiradigan chet elliklar Rossiyaga kirishdan kamida 72 soat oldin RuID ilovasi orqali elektron xabarnoma yuboradi.

    Hozircha bu tajriba: xabarnoma yubormaganlik uchun jazo yoʻq. Qoidalar oʻzgarishi mumkin — yoʻlga chiqishdan oldin Migratsiya agentligidan soʻrang.

# Source: kun.uz/ru 2025-02-10; bryansku.ru 2025-02-04; vedomosti.ru 2025-09-18; currenttime.tv 2025;
# klerk.ru 2025-10-08 (self-check on Gosuslugi and the MVD site, third-party);
# sputniknews.uz/20251020 (Agency office in Russia).
countries-ru-register =
    <b>Rossiya: «nazoratdagi shaxslar» reyestri</b>

    2025-yil 5-fevraldan Rossiyada shunday reyestr bor. Unga kiritilgan odam bank hisobi ocholmaydi, mashina haydolmaydi, nikohdan oʻtolmaydi, mulk sotib ololmaydi va ruxsatsiz boshqa joyga koʻchib oʻtolmaydi.

    2025-yil iyunigacha unga 800 000 dan ortiq odam kiritilgan. Baʼzilar hujjatlari joyida boʻlsa ham xato kiritilgan.

    Oʻzingizni Gosuslugi portalida yoki Rossiya IIV saytida tekshiring. Xato kiritilgan boʻlsangiz, Migratsiya agentligining Rossiyadagi vakolatxonasiga murojaat qiling: +7 925 045 4744.

# Source: sputniknews.uz/20251020 (bans, appeal, Agency office); migranty.org (GUVM MVD online
# entry-ban check, third-party; also noted on vorkuta-r11.gosweb.gosuslugi.ru). Domain brief §7.
countries-ru-ban =
    <b>Rossiya: kirish taqiqi va shikoyat</b>

    Qoidalarni qayta-qayta buzgan odamga Rossiyaga kirish 3 yildan 10 yilgacha taqiqlanishi mumkin.

    Taqiq bor-yoʻqligini GUVM MVD onlayn xizmatida tekshirish mumkin: <code>сервисы.гувм.мвд.рф/info-service.htm?sid=3000</code> (manzil boshqa saytdan olingan; ochilmasa, Agentlik vakolatxonasidan soʻrang).

    Notoʻgʻri taqiq ustidan Rossiya IIV migratsiya masalalari bosh boshqarmasiga (GUVM MVD) shikoyat qilish mumkin.

    Yordam uchun: Migratsiya agentligining Rossiyadagi vakolatxonasi, +7 925 045 4744, Moskva, 1-y Kazachiy per. 11/2.

# Source: kun.uz/en 2023-01-31 (30 days, 90 in 180); intermarkrelocation.com (3 working days);
# podrobno.uz ⚠ single source (labour contract within 30 days).
countries-kazakhstan =
    <b>Qozogʻiston</b>

    • Qozogʻistonda 30 kungacha roʻyxatdan oʻtmasdan boʻlish mumkin. Har 180 kun ichida jami 90 kundan koʻp boʻlish mumkin emas.
    • Sizni joylashtirgan odam yoki tashkilot 3 ish kuni ichida politsiyaga xabar beradi.
    • Ishlash uchun mehnat shartnomangizni 30 kun ichida Aholiga xizmat koʻrsatish markazida roʻyxatdan oʻtkazing. <i>Bu maʼlumot bitta manbada — Migratsiya agentligi orqali tasdiqlang.</i>

# Source: rus.ozodlik.org 2018; pv.uz 2019-09-04; uz.kursiv.media 2025-04-13.
countries-turkey =
    <b>Turkiya</b>

    • Vizasiz har 180 kun ichida 90 kungacha boʻlish mumkin.
    • Yashash ruxsatnomasi (<code>ikamet izni</code>) ishlashga ruxsat bermaydi. Ishlash uchun ishlash ruxsatnomasi (<code>çalışma izni</code>) kerak.
    • Ishlash ruxsatnomasini Turkiyadagi ish beruvchi rasmiylashtiradi, baʼzan Turkiyaga kelishingizdan oldin.
    • Ruxsatnomasiz ishlagan odam huquqsiz qoladi va deportatsiya qilinishi mumkin.

    Istanbulda Oʻzbekiston Bosh konsulligi bor.

    <i>Qoidalar 2018–2019-yillardagi manbalar boʻyicha: yoʻlga chiqishdan oldin Migratsiya agentligidan soʻrang.</i>

# Source: mofa.go.kr; xs.uz 2022-04-20; darakchi.uz 2022; asiaplustj.info 2025 (E-9).
countries-korea =
    <b>Janubiy Koreya: <code>EPS</code> dasturi</b>

    • Bu ikki davlat hukumatlari oʻrtasidagi dastur. Ishga Migratsiya agentligi orqali olinadi.
    • 18 yoshdan 39 yoshgacha boʻlishingiz va sudlanmagan boʻlishingiz kerak.
    • <code>EPS-TOPIK</code> til imtihonini va kasb koʻnikmalari imtihonini topshirish kerak. Sanalarni Agentlik eʼlon qiladi.
    • Imtihondan oʻtish ishga joylashishni kafolatlamaydi.
    • Ish vizasi — E-9.

# Source: kun.uz 2023-05-15 (exam scheme, $6,000); aniq.uz 2026-01-27 (~100,000 Uzbeks, ~9%
# without legal status, at 10% Korea may stop visas).
countries-korea-fraud =
    <b>Koreya: imtihon «brokerlari» — firibgarlar</b>

    «Til bilmasangiz ham, pul bersangiz imtihonga kiritamiz», «Yuz foiz oʻtkazib beramiz» — bunday vaʼdalar uchun 6000 dollargacha soʻrashgan. Imtihondan oʻtish uchun pul toʻlash — firibgarlik.

    Koreyada 100 000 ga yaqin oʻzbekistonlik bor, ularning 9% ga yaqinining qonuniy maqomi yoʻq. Bu ulush 10% ga yetsa, Koreya vizalarni toʻxtatishi mumkin. Qonuniy yoʻldan boring.

# Sources (domain brief §7): m.koreatimes.co.kr newsIdx=376806 (HUG Korea, all year);
# korea.net 2018-03-27 (1345: 20 languages, weekdays 09:00–22:00); jincheon.go.kr (after 18:00:
# Korean, English, Chinese); kun.uz/en 2023-10-30 (embassy lines; the two also listed in a 2025
# third-party page); citiesinsider.com (police 112, third-party); aniq.uz 2026-01-27 (~9%, 10%).
# The brief gives no EPS rule on changing workplace: the text says whom to ask.
countries-korea-leave =
    <b>Koreya: ish beruvchidan ketmoqchi boʻlsangiz</b>

    Ketishdan oldin ish beruvchini qonuniy yoʻl bilan qanday almashtirish va qonuniy maqomni yoʻqotmaslikni bilib oling. Koreyadagi oʻzbekistonliklarning 9% ga yaqinining qonuniy maqomi yoʻq; bu ulush 10% ga yetsa, Koreya vizalarni toʻxtatishi mumkin.

    Qayerga murojaat qilish:
    • <code>HUG Korea</code>, chet ellik ishchilar uchun maslahat: 1577-0071, yil boʻyi.
    • 1345 immigratsiya markazi: 20 tilda, ish kunlari 9:00–22:00 (2018-yilgi maʼlumot); 18:00 dan keyin faqat koreys, ingliz va xitoy tillarida.
    • Oʻzbekistonning Seuldagi elchixonasi: 010-2909-4334, 010-3213-4505 (2023-yilgi maʼlumot).

    Xavf boʻlsa, avval xavfsiz joyga keting. Politsiya — 112.

# Source: enbekshiqazaq.kz 2025-12-02; migrationpolicycentre.eu ~2025 (five operators as of Dec 2025).
countries-uk =
    <b>Buyuk Britaniya: mavsumiy ish</b>

    • Mavsumiy ishchi vizasi (<code>Seasonal Worker</code>) — 6 oygacha.
    • Faqat litsenziyasi bor dastur operatorlari orqali. 2025-yil dekabrida ular beshta edi.
    • Operatorni va uning vakilini Migratsiya agentligi orqali tekshiring.
    • Vositachilarga pul toʻlamang.

# Source: UN OHCHR 2024-06-03 (over £3,000); thegrocer.co.uk 2023 (AG Recruitment, Fruitful
# Jobs); business-humanrights.org 2024-08-24 (Ethero); rferl.org 2022-08 (48 h promised, ~30 got);
# labourexploitation.org 2024-04-02 (FLEX: 72% took loans, 76.6% earned less than promised).
countries-uk-fraud =
    <b>Buyuk Britaniya: aldovlar</b>

    • Baʼzi agentlar noqonuniy ravishda 3000 funt sterlingdan koʻp pul oladi.
    • Operatorlarning litsenziyasi bekor qilingan: 2023-yil fevralida <code>AG Recruitment</code>, 2024-yil 2-avgustda <code>Ethero</code>. <code>Ethero</code> 1800 dan ortiq oʻzbekistonlikka ish taklif qilib, 400 dan kamini yuborgan; ishchilar 400–800 funt toʻlagan.
    • Haftasiga 48 soat ish vaʼda qilinib, 30 soat atrofida berilgan.
    • Soʻrovda ishchilarning 72 foizi kelish uchun qarz olgan, 76,6 foizi vaʼda qilinganidan kam pul topgan.
    • <code>Fruitful Jobs</code> operatorining Oʻzbekistonda vakillari yoʻq.

# Source: migrant.poznan.uw.gov.pl/en/sciezki/visa.
countries-poland =
    <b>Polsha</b>

    • Turistik viza (<code>C</code> turi, maqsad 01) bilan Polshada ishlash mumkin emas.
    • Ishlash uchun ishlash ruxsatnomasi va milliy <code>D</code> vizasi kerak.

    «Turistik viza bilan boring, ishni joyida hal qilamiz» deyishsa — bu xavf belgisi.

# Source: bmi.bund.de 2024-09; tashkenttimes.uz/national/14797; daryo.uz 2023-06-29 (Ferienjob;
# Turon's licence suspended in 2022, it kept recruiting).
countries-germany =
    <b>Germaniya</b>

    • Oʻzbekiston va Germaniya oʻrtasida 2024-yil 15-sentabrdagi migratsiya va mobillik kelishuvi bor. Uni Migratsiya agentligi amalga oshiradi.
    • 2023-yilda «<code>Ferienjob</code>» firibgarligi: 300 ga yaqin odam 700–1000 dollardan toʻlab, Germaniyada yordamsiz qolgan. Ularni <code>Turon World Cooperation</code> kompaniyasi yollagan: uning litsenziyasi 2022-yildayoq toʻxtatilgan, lekin u yollashni davom ettirgan (2023-yilgi maʼlumot).

    Germaniyadagi ish haqida Migratsiya agentligidan soʻrang.

# Sources (domain brief §7, §1): wathim.com (visa names, third-party); migrationpolicy.unescwa.org
# (Decree-Law 33/2021); gulfnews.com (art. 6(4), no recruitment costs); khaleejtimes.com (MOHRE
# 80060); gulfnews.com 2021-09-12 (police 999); emirates247.com 2015-10-31 (ambulance 998);
# ria.ru/20260312 (hostess ad); khaleejtimes.com (the $1,000 case).
countries-uae =
    <b>BAA</b>

    • Ishlash uchun mehnat vazirligining (<code>MOHRE</code>) ishlash ruxsatnomasi va ishchi vizasi kerak.
    • Qonun (33/2021-son dekret-qonun) ish beruvchiga ishchining hujjatlarini olib qoʻyishni taqiqlaydi.
    • Ish beruvchi ishga olish uchun ishchidan pul ololmaydi.
    • Ish beruvchi ustidan shikoyat: <code>MOHRE</code>, 80060 — bepul, kecha-kunduz, 20 tilda.
    • Politsiya — 999, tez yordam — 998.

    Ehtiyot boʻling: 2026-yilda tajribasiz qizlarni Dubayga «hostes» boʻlib ishlashga chaqirishgan. Boshqa bir ayolga oyiga 1000 dollar vaʼda qilishib, pasportini olib qoʻyishgan va fohishalikka majburlashgan.

# Sources (domain brief §7): wathim.com (work visa and Iqama, third-party); gulfnews.com (Labour
# Law art. 40); saudigazette.com.sa 2017-01-26 (SAR 2,000); lifeofarabs.com 2021-01-07 (SAR
# 5,000, third-party): the sources conflict, both are shown; arabnews.com (911).
countries-saudi =
    <b>Saudiya Arabistoni</b>

    • Ishlash uchun ishchi vizasi va yashash guvohnomasi (<code>Iqama</code>) kerak.
    • Ishga olish xarajatlarini ish beruvchi toʻlaydi (Mehnat qonuni, 40-modda).
    • Ishchining pasportini oʻzida ushlab turgan ish beruvchi har bir shunday ishchi uchun jarimaga tortiladi. Manbalarda summa har xil: 2000 riyol (2017-yil) va 5000 riyol (2021-yil).
    • Favqulodda xizmat — 911, bir necha tilda.

    Bu yerdagi Oʻzbekiston konsulligining tekshirilgan telefonlari bizda yoʻq: ketishdan oldin Migratsiya agentligidan soʻrang.

# Sources (domain brief §7, §6): qatarday.com (Law 21/2015 art. 8, up to QR 25,000);
# accountabilityhub.org (Law 14/2004 art. 33); en.prothomalo.com 2021-03-21 (QAR 1,000 + 300 +
# 500, no later revision found); welcomeqatar.com 2020-04-20 (SMS 92727); wgoqatar.com (999,
# translators); tashkenttimes.uz/national/14545 (Agency–Jusour agreement).
countries-qatar =
    <b>Qatar</b>

    • Ish beruvchi pasportingizni olib qoʻyishga haqli emas (21/2015-son qonun, 8-modda), jarima — 25 000 riyolgacha.
    • Ishchidan ishga olish uchun pul olish taqiqlangan (14/2004-son qonun, 33-modda).
    • 2021-yil martdan eng kam oylik: oyiga 1000 riyol, ovqat berilmasa yana 300, uy-joy berilmasa yana 500 (yangiroq maʼlumot topmadik).
    • Ish beruvchi ustidan shikoyat: 92727 raqamiga SMS (2020-yilgi maʼlumot).
    • Favqulodda xizmat — 999, tarjimonlar bor.

    Rasmiy yoʻl: Migratsiya agentligi Qatarning <code>Jusour</code> tashkiloti bilan hamkorlik shartnomasi imzolagan.
