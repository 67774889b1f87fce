# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda
#
# Each question has two answers (…-opt1, …-opt2). The right and the wrong explanation share
# the "why" text through a message reference: quiz-q1-right = { quiz-right } … { quiz-q1-why }.
# Which answer is right is set in dialogues/quiz.yaml.

quiz-btn-begin = ▶️ Boshlash
quiz-btn-next = ➡️ Keyingi savol
quiz-btn-finish = 🏁 Yakunlash
quiz-btn-again = 🔁 Testni qayta boshlash
quiz-right = ✅ <b>Toʻgʻri!</b>
quiz-wrong = ❌ <b>Notoʻgʻri.</b>

quiz-start =
    <b>Test: bu taklif xavfsizmi?</b>

    Sakkizta qisqa savol. Har birida javobni tanlang — keyin nega shunday ekanini tushuntiramiz.

# Source: daryo.uz/k/2025/01/13 (the 70/30 wording of a real scheme).
quiz-q1 =
    <b>Savol 1/8</b>

    Vositachi: «Ishga joylashtirish pulining 70 foizini hozir toʻlang, qolgan 30 foizini viza tayyor boʻlganda».

    Nima qilasiz?
quiz-q1-opt1 = 💵 Toʻlayman, bu odatiy hol
quiz-q1-opt2 = 🚫 Toʻlamayman
# Source: iris.iom.int (Employer Pays Principle); mehnat.uz (agencies may not charge citizens).
quiz-q1-why = Ishchi ish uchun pul toʻlamasligi kerak: ishga olish xarajatlarini ish beruvchi toʻlaydi. Oʻzbekistonda agentliklar chet eldagi ish uchun fuqarolardan pul olishi mumkin emas. Savoldagi soʻzlar haqiqiy firibgarlik sxemasidan olingan.
quiz-q1-right = { quiz-right } { quiz-q1-why }
quiz-q1-wrong = { quiz-wrong } { quiz-q1-why }

quiz-q2 =
    <b>Savol 2/8</b>

    Yetib kelganingizda ish beruvchi: «Pasportingizni menga bering, seyfda saqlab turaman».

    Nima qilasiz?
quiz-q2-opt1 = 🛂 Pasportni oʻzimda qoldiraman
quiz-q2-opt2 = 🤝 Beraman, unda xavfsizroq
# Source: respect.international (ILO, 2012); turkishnewsworld.com (Sverdlovsk poultry farm).
quiz-q2-why = Hujjatlarni olib qoʻyish — majburiy mehnat belgisi. Pasportsiz keta olmaysiz va oʻzingizni himoya qila olmaysiz. Sverdlovsk viloyatidagi parranda fermasida 100 dan ortiq oʻzbekistonlikning pasporti olib qoʻyilgan va ularga ikki oy maosh berilmagan.
quiz-q2-right = { quiz-right } { quiz-q2-why }
quiz-q2-wrong = { quiz-wrong } { quiz-q2-why }

# Source: rima.media 2022-07-28 (240,000 roubles a month).
quiz-q3 =
    <b>Savol 3/8</b>

    Notanish odam Telegramda sizga oʻzi yozdi: «Rossiyada ish, oyiga 240 000 rubl! Joylar kam, bugunoq qaror qiling».

    Nima qilasiz?
quiz-q3-opt1 = ⏳ Shoshilmayman, tekshiraman
quiz-q3-opt2 = 🏃 Tezroq rozi boʻlaman
# Source: romania.iom.int (IOM signs of a fake offer); rima.media 2022-07-28; asiaplustj.info 2025-10-27.
quiz-q3-why = Juda yuqori maosh, sizga birinchi boʻlib oʻzlari yozgani va shoshiltirish — soxta taklif belgilari. 2022-yilda Rossiyada oyiga 240 000 rubl vaʼda qilingan odamlar urush hududiga olib borilgan. Firibgarlar koʻpincha ijtimoiy tarmoqlar va messenjerlar orqali yozadi.
quiz-q3-right = { quiz-right } { quiz-q3-why }
quiz-q3-wrong = { quiz-wrong } { quiz-q3-why }

quiz-q4 =
    <b>Savol 4/8</b>

    Agent: «Polshaga turistik viza bilan boring, ishni oʻsha yerda hal qilamiz».

    Bu toʻgʻrimi?
quiz-q4-opt1 = 🧳 Ha, shunday qilsa boʻladi
quiz-q4-opt2 = 📝 Yoʻq, ishlash uchun ruxsat kerak
# Source: migrant.poznan.uw.gov.pl (tourist visa does not allow work; work permit plus national D visa).
quiz-q4-why = Polshada turistik viza bilan ishlash mumkin emas: ishlash ruxsatnomasi va milliy <code>D</code> vizasi kerak. Turistik viza bilan ishlagan odam huquqsiz qoladi: uni deportatsiya qilish va ekspluatatsiya qilish oson.
quiz-q4-right = { quiz-right } { quiz-q4-why }
quiz-q4-wrong = { quiz-wrong } { quiz-q4-why }

quiz-q5 =
    <b>Savol 5/8</b>

    Vositachi: «Shartnoma shart emas, bir-birimizga ishonamiz. Hammasini yetib borganingizda kelishamiz».

    Nima qilasiz?
quiz-q5-opt1 = 📄 Ketishdan oldin yozma shartnoma soʻrayman
quiz-q5-opt2 = 👍 Mayli, ishonaman
# Source: uz.kursiv.media 2025-04-13 (victims had no official contract with the intermediary).
quiz-q5-why = Yozma shartnoma boʻlmasa, keyin aldanganingizni isbotlay olmaysiz. Istanbuldagi Oʻzbekiston Bosh konsulligi aytishicha, jabrlanganlarning vositachi bilan rasmiy shartnomasi boʻlmagan. Shartnoma ketishdan oldin va oʻzingiz tushunadigan tilda boʻlsin.
quiz-q5-right = { quiz-right } { quiz-q5-why }
quiz-q5-wrong = { quiz-wrong } { quiz-q5-why }

# Source: kun.uz/news/2023/05/15 (Korea exam scheme, $6,000, "100%").
quiz-q6 =
    <b>Savol 6/8</b>

    Eʼlon: «Koreyaga! Til bilmasangiz ham boʻladi. 6000 dollar toʻlang — imtihondan yuz foiz oʻtkazamiz».

    Bu qanday taklif?
quiz-q6-opt1 = 🎓 Yaxshi imkoniyat
quiz-q6-opt2 = 🚨 Firibgarlik
# Source: kun.uz 2023-05-15; xs.uz 2022-04-20 (EPS through the Agency); darakchi.uz 2022.
quiz-q6-why = Koreyaga <code>EPS</code> dasturi boʻyicha Migratsiya agentligi orqali boriladi, imtihon sanalarini Agentlik eʼlon qiladi. Imtihondan oʻtkazish uchun pul olish — firibgarlik. Imtihondan oʻtish ham ishni kafolatlamaydi.
quiz-q6-right = { quiz-right } { quiz-q6-why }
quiz-q6-wrong = { quiz-wrong } { quiz-q6-why }

# Source: ria.ru 2026-03-12 (Dubai hostess ad, ~3,000 dirhams a week).
quiz-q7 =
    <b>Savol 7/8</b>

    Singlingizga Dubaydagi barda hostes boʻlib ishlashni taklif qilishdi: «Tajriba shart emas, haftasiga 3000 dirham».

    Nima deysiz?
quiz-q7-opt1 = 🛑 Xavfli, unga aytib qoʻyaman
quiz-q7-opt2 = 🎉 Borsin, maoshi yaxshi
# Source: ria.ru 2026-03-12; islamawareness.net 2009; sangzor.uz; 2024 TIP report.
quiz-q7-why = Yosh ayollarni chet elga hostes, ofitsiant, raqqosa yoki model boʻlib ishlashga chaqirish — jinsiy ekspluatatsiya uchun odam savdosining koʻp uchraydigan yoʻli. Bunday eʼlon 2026-yilda ham Dubaydan berilgan. AQSh hisobotiga koʻra, oʻzbekistonlik ayollar Yaqin Sharq, Yevroosiyo va Osiyoda jinsiy ekspluatatsiya qurboni boʻlgan.
quiz-q7-right = { quiz-right } { quiz-q7-why }
quiz-q7-wrong = { quiz-wrong } { quiz-q7-why }

quiz-q8 =
    <b>Savol 8/8</b>

    Vositachi: «Chipta va vizani biz toʻlaymiz, keyin maoshingdan ushlab qolamiz».

    Bu xavfsizmi?
quiz-q8-opt1 = 👌 Qulay, xavfsiz
quiz-q8-opt2 = ⚠️ Xavfli: qarz qulligi
# Source: respect.international (ILO, 2012: debt bondage); khaleejtimes.com (Dubai); iris.iom.int.
quiz-q8-why = Yoʻl qarzini maoshdan «ishlab uzish» — qarz qulligi belgisi: qarz oʻsadi, siz esa keta olmaysiz. Dubayda oyiga 1000 dollar vaʼda qilingan odamning pasportini olib, «viza va yoʻl pulini qaytar» deb majburlashgan. Ishga olish va yoʻl xarajatlarini ish beruvchi toʻlashi kerak, maoshingizdan emas.
quiz-q8-right = { quiz-right } { quiz-q8-why }
quiz-q8-wrong = { quiz-wrong } { quiz-q8-why }

quiz-end =
    <b>Test tugadi. Rahmat!</b>

    Eslab qoling:
    • Ish uchun pul toʻlamang.
    • Pasportingizni hech kimga bermang.
    • Ketishdan oldin yozma shartnoma oling.
    • Turistik viza bilan ishlamang.
    • Shoshiltirishsa — toʻxtang va tekshiring.

    Haqiqiy ish taklifini botga yuborib tekshiring.
