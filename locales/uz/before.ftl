# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda

before-btn-contract = 📄 Yozma shartnoma
before-btn-employer = 🏢 Ish beruvchi kim?
before-btn-agency = 🪪 Litsenziyali agentlik
before-btn-fees = 💸 Ish uchun pul toʻlamang
before-btn-passport = 🛂 Pasport oʻzingizda
before-btn-copies = 📑 Hujjatlar nusxasi
before-btn-emergency = 🆘 Favqulodda kontaktlar
before-btn-consulate = 🏛 Konsullik manzili
before-btn-money = 💳 Uyga pul joʻnatish
before-btn-return = 🏡 Vatanga qaytish
before-btn-next = ➡️ Keyingisi
before-btn-list = 📋 Roʻyxatga qaytish

before-start =
    <b>Ketishdan oldin: tekshiruv roʻyxati</b>

    ☐ Yozma shartnoma — oʻzingiz tushunadigan tilda.
    ☐ Ish beruvchining nomi va manzili.
    ☐ Litsenziyasi bor agentlik.
    ☐ Ish uchun hech qanday pul toʻlamaysiz.
    ☐ Pasport doim oʻzingizda.
    ☐ Hujjatlar nusxasi oilangizda.
    ☐ Favqulodda kontaktlar telefoningizda.
    ☐ Konsullik manzili yozib olingan.

    Har bir band haqida bilish uchun tugmani bosing.

# Source: uz.kursiv.media 2025-04-13 (Istanbul consulate: victims had no official contract);
# romania.iom.int (IOM: no contract, no detailed job description are signs of a fake offer).
before-contract =
    <b>Yozma shartnoma</b>

    Ketishdan <b>oldin</b> yozma mehnat shartnomasini oling. U siz tushunadigan tilda boʻlsin. Unda ish, maosh, ish vaqti va yashash joyi aniq yozilgan boʻlsin.

    Shartnoma boʻlmasa, keyin aldanganingizni isbotlash qiyin. Istanbuldagi Oʻzbekiston Bosh konsulligi aytishicha, jabrlanganlarning vositachi bilan rasmiy shartnomasi boʻlmagan.

    Tushunmagan qogʻozingizga imzo chekmang.

# Source: uz.kursiv.media 2025-03-17 (confirm direct contact with the employer);
# enbekshiqazaq.kz 2025-12-02 (fake ads misuse real companies' names).
before-employer =
    <b>Ish beruvchi kim?</b>

    Ish beruvchi kompaniyaning toʻliq nomini va manzilini yozib oling.

    Ish rostdan borligini ish beruvchining oʻzi bilan bevosita tasdiqlang — faqat vositachining soʻziga ishonmang.

    Firibgarlar haqiqiy kompaniyalar nomidan soxta eʼlon joylashtirishadi.

# Source: uz.sputniknews.ru 2018-10-17 (licence required by law); tashkenttimes.uz/national/13914
# (the Agency licenses and inspects agencies); kun.uz/en 2024-10-25 (vacancies on the Agency's
# site since 1 Nov 2024); 1prime.ru 2026-01-01 (licensed agencies from 1 Jan 2026).
# Brief §2 ⚠: no public web address to check a licence is known.
before-agency =
    <b>Faqat litsenziyasi bor agentlik</b>

    Qonunga koʻra, chet elda ishga joylashtiradigan xususiy agentlikning litsenziyasi boʻlishi shart. Litsenziyani Migratsiya agentligi beradi va agentliklarni tekshiradi.

    2026-yil 1-yanvardan chet elga uyushgan tartibda ishga olishni litsenziyali xususiy agentliklar olib boradi. Chet eldagi boʻsh ish oʻrinlari Agentlik saytida eʼlon qilinadi.

    Litsenziyani internetda tekshiradigan ochiq sayt bizga maʼlum emas. Agentlik litsenziyali ekanini Migratsiya agentligidan soʻrang (pastdagi «Yordam: kontaktlar» tugmasi).

# Source: iris.iom.int FAQ (Employer Pays Principle); mehnat.uz (agencies may not charge
# citizens; placement is paid by the foreign employer); daryo.uz 2023-06-29 (Ferienjob).
before-fees =
    <b>Ish uchun pul toʻlamang</b>

    Ishchi ish uchun pul toʻlamasligi kerak: ishga olish va yoʻl xarajatlarini ish beruvchi toʻlaydi. Oʻzbekistonda chet elga ishga joylashtirish xarajatini chet ellik ish beruvchi toʻlaydi; agentliklar bu uchun fuqarolardan pul olishi mumkin emas.

    2023-yilda Germaniyadagi «<code>Ferienjob</code>» ishi uchun 300 ga yaqin odam har biri 700–1000 dollar toʻlagan va u yerda yordamsiz qolgan.

    Sizdan pul soʻrashsa — bu xavf belgisi.

# Source: respect.international (ILO indicators of forced labour, 2012: retention of identity documents).
before-passport =
    <b>Pasport doim oʻzingizda</b>

    Pasportingizni ish beruvchiga, vositachiga yoki boshqa hech kimga bermang — «saqlab turamiz» deyishsa ham. Hujjatlarni olib qoʻyish — majburiy mehnat belgisi.

    Pasportni koʻrsatish kerak boʻlsa, koʻrsating va darhol qaytarib oling.

before-copies =
    <b>Hujjatlar nusxasi oilangizda</b>

    Ketishdan oldin pasport, viza, shartnoma va chiptaning nusxasini (yoki suratini) oilangizga qoldiring. Ish beruvchining nomi, manzili va telefonini ham yozib qoldiring.

    Hujjatlaringiz yoʻqolsa yoki olib qoʻyilsa, nusxasi yordam beradi. Oilangiz qayerda ekaningizni bilsin.

# Sources: domain brief §7 (local emergency numbers, each with its source in before.yaml);
# sputniknews.uz/20251020 (Agency office in Russia); yuz.uz/a/ru/129171 (2025-08, single
# source ⚠: 12-82 and the bot). Brief §7: no source says 12-82 works from a foreign SIM, so it
# is shown as "from an Uzbek number" and never as the only contact abroad.
before-emergency =
    <b>Favqulodda kontaktlar</b>

    Ketishdan oldin telefoningizga saqlang va qogʻozga ham yozib oling:
    • Boradigan davlatingizning favqulodda raqami: Rossiya, Qozogʻiston, Turkiya, Polsha, Germaniya — 112; Janubiy Koreya — 112 (politsiya), 119 (tez yordam); Buyuk Britaniya, BAA, Qatar — 999; Saudiya Arabistoni — 911.
    • Rossiyada: Migratsiya agentligi vakolatxonasi, +7 925 045 4744.
    • Migratsiya agentligi: qisqa raqam <b>12-82</b> — Oʻzbekiston raqamidan qoʻngʻiroq qiling, chet eldan ishlamasligi mumkin; Telegram-bot @huquqiyyordamuzbot. <i>Ular bitta manbada koʻrsatilgan — Migratsiya agentligi orqali tasdiqlang.</i>
    • Oilangiz va yaqinlaringizning raqamlari.

# Source: kun.uz/ru/news/2020/07/10 (consulates in Russia, list of 2020); uz.kursiv.media
# 2025-04-13 (Consulate General in Istanbul); aniq.uz 2026-01-27 (embassy in Seoul).
# Brief §2: no verified phone numbers.
before-consulate =
    <b>Konsullik manzili</b>

    Boradigan davlatingizdagi Oʻzbekiston elchixonasi yoki konsulligi manzilini oldindan yozib oling. Ular Rossiyada (7 ta shaharda), Turkiyada (Istanbul) va Janubiy Koreyada (Seul) bor.

    Ularning telefon raqamlarini tekshirilgan manbada topa olmadik. Manzil va telefonni Migratsiya agentligidan soʻrang va ketishdan oldin yozib oling.

# Source: kun.uz/ru 2025-02-10; bryansku.ru 2025-02-04 (people on the register cannot open bank
# accounts). The brief gives no transfer services or fees: the text says what to do.
before-money =
    <b>Uyga pulni qanday joʻnatish</b>

    • Pulni oʻzingiz joʻnating — bank yoki rasmiy pul oʻtkazmasi xizmati orqali.
    • Barcha cheklar va oʻtkazma tasdiqlarini saqlang.
    • Bank kartangizni, uning PIN-kodini va telefoningizni ish beruvchi yoki vositachiga bermang.
    • Turli bank va xizmatlar oʻtkazma uchun qancha olishini solishtiring.
    • Rossiyada «nazoratdagi shaxslar» reyestriga kiritilgan odam bankda hisob ocholmaydi. Oʻzingizni oldindan tekshiring (Davlatlar → Rossiya → Reyestr).

# Sources: fergana.media/news/145041 ($1.9 million recovered in 2025); pravouz.com 2025-08-28
# (resource centre in Tashkent); kun.uz/en/news/2024/10/25 (vacancies on the Agency's site).
before-return =
    <b>Vatanga qaytish</b>

    • Ketishdan oldin ishlab topgan maoshingizni toʻliq oling va hujjatlaringizni olib keting: shartnoma, hisob varaqalari, cheklar.
    • Maoshingiz toʻlanmagan boʻlsa, Migratsiya agentligiga murojaat qiling: 2025-yilda u muhojirlarga 1,9 million dollarlik toʻlanmagan maoshni undirib bergan.
    • 2025-yil avgustida Toshkentda Agentlik bilan birga muhojirlar uchun resurs markazi ochilgan.
    • Yana chet elga ishga borsangiz, boʻsh ish oʻrinlarini Migratsiya agentligi saytidan qidiring: ular 2024-yil 1-noyabrdan oʻsha yerda eʼlon qilinadi.
