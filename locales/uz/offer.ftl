# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda

## Job-offer checker. Sources of the facts: domain brief §1 (ILO indicators [1],
## Employer Pays Principle [2][3][15], IOM signs of a fake offer [4], real cases [13][19][20]
## [23][26]-[28][29][33]), §2 (Migration Agency, gov.uz/en/migration [35][36]).

offer-prompt = Ish taklifi matnini shu yerga joylang yoki kanaldan yuboring (forward). Undagi xavfli belgilarni koʻrsataman.
offer-photo-no-text = Rasmdagi matnni oʻqiy olmayman. Iltimos, taklif matnini nusxalab, xabar qilib yuboring.
offer-looks-like = Bu ish taklifiga oʻxshaydi. Undagi xavfli belgilarni tekshirdim:
offer-picture-reading = 🔎 Rasmdagi matnni oʻqiyapman…
offer-picture-read = 🖼 Bu matn rasmdan oʻqildi: «{ $quote }»
offer-picture-misread = Biror joyi notoʻgʻri oʻqilgan boʻlsa, matnni nusxalab yuboring — qaytadan tekshiraman.
offer-picture-unreadable = Rasmdagi matnni oʻqib boʻlmadi. Iltimos, taklif matnini nusxalab, xabar qilib yuboring.

offer-risk-low = 🟢 <b>Xavf: past.</b> Matnda jiddiy xavfli belgi topilmadi.
offer-risk-medium = 🟡 <b>Xavf: oʻrtacha.</b> Ehtiyot boʻling va quyidagilarni tekshiring.
offer-risk-high = 🔴 <b>Xavf: yuqori.</b> Bu taklifda firibgarlik yoki majburiy mehnat belgilari bor.
offer-no-flags = Bu taklif albatta xavfsiz degani emas: men faqat matnni tekshiraman, ish beruvchini emas.
offer-more-flags = Yana { $count } ta belgi topildi.
offer-agency-licensed = ℹ️ <b>{ $name }</b> bizning roʻyxatda litsenziyali deb koʻrsatilgan. Baribir pul toʻlash yoki biror narsa imzolashdan oldin Migratsiya agentligi orqali tekshiring.
offer-advice-general = <b>Har doim:</b> ish uchun oldindan pul toʻlamang; pasportingizni hech kimga bermang; agentlik litsenziyasini Migratsiya agentligining rasmiy kanallari orqali tekshiring; joʻnashdan oldin yozma shartnoma oling.
offer-btn-operator = 💬 Odam bilan gaplashish
offer-btn-check-another = 🔍 Boshqa taklifni tekshirish
offer-btn-menu = 🏠 Asosiy menyu

# Why each red flag matters: one sentence each.
offer-flag-upfront-fee = 💸 <b>Oldindan pul soʻralmoqda.</b> Ishga joylashtirish xarajatlarini ish beruvchi toʻlaydi: Oʻzbekistonda chet elga ishga joylashtirish uchun xorijiy ish beruvchi toʻlashi kerak.
offer-flag-document-retention = 🛂 <b>Pasportingizni olib qolishmoqchi.</b> Hujjatlarni olib qoʻyish — majburiy mehnatning XMT belgilaridan biri.
offer-flag-unrealistic-pay = 💰 <b>Juda katta maosh vaʼda qilinmoqda.</b> Haddan tashqari yuqori maosh — soxta takliflarning nayranglaridan biri.
offer-flag-salary-too-high = 💰 <b>Maosh haddan tashqari yuqori.</b> Bu davlat uchun shunday maosh avval fosh qilingan firibgarlik eʼlonlarida vaʼda qilingan.
offer-flag-wrong-visa = 🛑 <b>Ish uchun notoʻgʻri viza.</b> Turistik viza bilan ishlash mumkin emas: huquqiy maqomingiz boʻlmaydi, sizni deportatsiya qilish va ekspluatatsiya qilish oson.
offer-flag-no-contract = 📄 <b>Yozma shartnoma yoʻq.</b> Shartnomasiz keyin aldanganingizni isbotlab boʻlmaydi.
offer-flag-messenger-only = 📱 <b>Faqat messenjer orqali.</b> Soxta takliflar asosan ijtimoiy tarmoqlar va messenjerlar orqali tarqatiladi.
offer-flag-messenger-contacts = 📱 <b>Faqat messenjerdagi kontakt.</b> Kompaniyaning nomi, manzili yoki rasmiy sayti yoʻq — uni tekshirib boʻlmaydi.
offer-flag-urgency = ⏰ <b>Shoshiltirishmoqda.</b> Shoshiltirish sizga tekshirishga vaqt qoldirmaslik uchun qilinadi.
offer-flag-no-requirements = 🎓 <b>Hech qanday talab yoʻq.</b> «Tajriba ham, til ham kerak emas» — soxta taklif yoki imtihon firibgarligi belgisi.
offer-flag-debt-bondage = ⛓ <b>Xarajatlar maoshdan ushlanadi.</b> Yoʻl va viza qarzini maosh hisobidan uzish — qarz qulligi, majburiy mehnat belgisi.
offer-flag-targeted-recruitment = ⚠️ <b>Xostes, ofitsiantka, raqqosa yoki model ishi.</b> Chet elda bunday ishga, ayniqsa yosh ayollarni yollash — odam savdosining maʼlum yoʻli.
offer-flag-targeted-combo = 🚨 <b>Ayollarni xostes, ofitsiantka yoki raqqosa ishiga yollash — yosh, tashqi koʻrinish talabi yoki chet elga joʻnash bilan.</b> Bu odam savdosi va jinsiy ekspluatatsiyaning klassik yoʻli.
offer-flag-unverifiable-employer = ❓ <b>Ish beruvchini tekshirib boʻlmaydi.</b> Kompaniya yashirilsa, boshqa kompaniya nomidan ish koʻrilayotgan yoki hujjatlar soxta boʻlishi mumkin.
offer-flag-unlicensed-agency = 🚫 <b>Litsenziyasiz vositachi.</b> Qonunga koʻra chet elga ishga yollash uchun litsenziya talab qilinadi.
offer-flag-agency-revoked = 🚫 <b>{ $name } litsenziyasi bekor qilingan.</b> Litsenziyasiz kompaniya ishga yollay olmaydi.
offer-flag-agency-suspended = 🚫 <b>{ $name } litsenziyasi toʻxtatilgan.</b> Litsenziyasi toʻxtatilgan kompaniya ishga yollay olmaydi.
offer-flag-agency-unknown = ❓ <b>{ $name }</b> roʻyxatimizda bor, lekin uning litsenziyasi holati bizga maʼlum emas.
offer-flag-agency-no-reps = 🚫 <b>{ $name } Oʻzbekistonda vakillarga ega emas.</b> U bilan bogʻliqman degan har qanday shaxs qonunga xilof ish qilmoqda.
offer-flag-reported-contact = 🚫 <b>Bu kontakt firibgarlikda qayd etilgan.</b> Bu telefon, nik yoki havola haqida firibgarlik boʻyicha xabar berilgan.
offer-flag-guaranteed-outcome = 🎲 <b>«100% kafolat» vaʼda qilinmoqda.</b> Hech kim viza yoki imtihonni kafolatlay olmaydi; Koreya uchun imtihondan oʻtish ham ishga kafolat bermaydi.
offer-flag-embassy-connections = 🎲 <b>«Elchixonada tanishlar» bor deyishmoqda.</b> Buni tekshirib boʻlmaydi — bu firibgarlarning eski usuli.
offer-flag-conflict-zone = 🪖 <b>Urush hududi.</b> Urush hududidagi ishni juda yuqori maoshli qurilish yoki qoʻriqlash ishi deb taklif qilishgan.
offer-flag-conflict-pay = 🪖 <b>Rossiyada qurilish yoki qoʻriqlash uchun juda yuqori maosh.</b> 2022-yilda oyiga 240 000 rubl vaʼda qilingan shunday taklif odamlarni urush hududiga olib borgan.

# What to do about each.
offer-advice-upfront-fee = 👉 Ish, viza yoki hujjatlar uchun hech kimga pul toʻlamang va oʻtkazmang.
offer-advice-document-retention = 👉 Pasportingizni ish beruvchi yoki vositachiga bermang: u doim oʻzingizda boʻlsin.
offer-advice-unrealistic-pay = 👉 Maoshni yozma shartnomada koʻring va Migratsiya agentligi saytidagi rasmiy vakansiyalar bilan solishtiring.
offer-advice-wrong-visa = 👉 Qaysi viza berilishini soʻrang: ishlash uchun oʻsha davlatning ish vizasi yoki ishlashga ruxsatnomasi kerak.
offer-advice-no-contract = 👉 Joʻnashdan oldin oʻzingiz tushunadigan tilda yozma shartnoma oling va nusxasini saqlang.
offer-advice-messenger-only = 👉 Kompaniyaning toʻliq nomi va manzilini soʻrang va tekshiring; hujjat yoki pulni messenjer orqali yubormang.
offer-advice-urgency = 👉 Shoshilmang: haqiqiy ish beruvchi siz tekshirguningizcha kutadi.
offer-advice-no-requirements = 👉 Qanday ish, ish vaqti va sharoitlar qanday ekanini yozma ravishda soʻrang.
offer-advice-debt-bondage = 👉 Yoʻl va viza xarajatlarini kim toʻlashini joʻnashdan oldin yozma kelishib oling: siz ish beruvchidan qarzdor boʻlmasligingiz kerak.
offer-advice-targeted-recruitment = 👉 Bunday taklifga rozi boʻlmang. Siz yoki tanishingiz shunday taklif olgan boʻlsa, odam bilan gaplashing.
offer-advice-unverifiable-employer = 👉 Ish beruvchi bilan toʻgʻridan-toʻgʻri, uning rasmiy sayti orqali bogʻlaning. Buyuk Britaniyada mavsumiy ish faqat litsenziyali operatorlar orqali boʻladi.
offer-advice-unlicensed-agency = 👉 Agentlik litsenziyasini Migratsiya agentligining rasmiy kanallari orqali tekshiring.
offer-advice-guaranteed-outcome = 👉 Koreya (<code>EPS</code>) imtihoni sanalarini Migratsiya agentligi eʼlon qiladi; imtihondan «oʻtkazib berish»ni pulga sotish — firibgarlik.
offer-advice-conflict-zone = 👉 Rozi boʻlmang. Siz yoki yaqiningiz allaqachon ketgan boʻlsa, hoziroq odam bilan gaplashing.

## Short titles of the flags, with the quoted words (the short report).
offer-flag-upfront-fee-title = 💸 <b>Oldindan pul soʻralmoqda:</b> «<i>{ $evidence }</i>»
offer-flag-document-retention-title = 🛂 <b>Pasportingizni olib qolishmoqchi:</b> «<i>{ $evidence }</i>»
offer-flag-unrealistic-pay-title = 💰 <b>Juda katta maosh vaʼda qilinmoqda:</b> «<i>{ $evidence }</i>»
offer-flag-salary-too-high-title = 💰 <b>Maosh haddan tashqari yuqori:</b> «<i>{ $evidence }</i>»
offer-flag-wrong-visa-title = 🛑 <b>Ish uchun notoʻgʻri viza:</b> «<i>{ $evidence }</i>»
offer-flag-no-contract-title = 📄 <b>Yozma shartnoma yoʻq:</b> «<i>{ $evidence }</i>»
offer-flag-messenger-only-title = 📱 <b>Faqat messenjer orqali:</b> «<i>{ $evidence }</i>»
offer-flag-messenger-contacts-title = 📱 <b>Faqat messenjerdagi kontakt:</b> «<i>{ $evidence }</i>»
offer-flag-urgency-title = ⏰ <b>Shoshiltirishmoqda:</b> «<i>{ $evidence }</i>»
offer-flag-no-requirements-title = 🎓 <b>Hech qanday talab yoʻq:</b> «<i>{ $evidence }</i>»
offer-flag-debt-bondage-title = ⛓ <b>Xarajatlar maoshdan ushlanadi:</b> «<i>{ $evidence }</i>»
offer-flag-targeted-recruitment-title = ⚠️ <b>Xostes, ofitsiantka, raqqosa yoki model ishi:</b> «<i>{ $evidence }</i>»
offer-flag-targeted-combo-title = 🚨 <b>Ayollarni xostes, ofitsiantka yoki raqqosa ishiga yollash — yosh, tashqi koʻrinish talabi yoki chet elga joʻnash bilan:</b> «<i>{ $evidence }</i>»
offer-flag-unverifiable-employer-title = ❓ <b>Ish beruvchini tekshirib boʻlmaydi:</b> «<i>{ $evidence }</i>»
offer-flag-unlicensed-agency-title = 🚫 <b>Litsenziyasiz vositachi:</b> «<i>{ $evidence }</i>»
offer-flag-agency-revoked-title = 🚫 <b>{ $name } litsenziyasi bekor qilingan:</b> «<i>{ $evidence }</i>»
offer-flag-agency-suspended-title = 🚫 <b>{ $name } litsenziyasi toʻxtatilgan:</b> «<i>{ $evidence }</i>»
offer-flag-agency-unknown-title = ❓ <b>{ $name }:</b> «<i>{ $evidence }</i>»
offer-flag-agency-no-reps-title = 🚫 <b>{ $name } Oʻzbekistonda vakillarga ega emas:</b> «<i>{ $evidence }</i>»
offer-flag-reported-contact-title = 🚫 <b>Bu kontakt firibgarlikda qayd etilgan:</b> «<i>{ $evidence }</i>»
offer-flag-reported-name-title = 🚫 <b>Bu kompaniya firibgarlikda qayd etilgan:</b> «<i>{ $evidence }</i>»
offer-flag-reported-name = 🚫 <b>Bu kompaniya firibgarlikda qayd etilgan.</b> Uning nomi firibgarlik haqidagi xabarlarda uchragan. Bu uning litsenziyasi haqidagi maʼlumot emas: agentlikni Migratsiya agentligi orqali tekshiring.
offer-flag-guaranteed-outcome-title = 🎲 <b>«100% kafolat» vaʼda qilinmoqda:</b> «<i>{ $evidence }</i>»
offer-flag-embassy-connections-title = 🎲 <b>«Elchixonada tanishlar» bor deyishmoqda:</b> «<i>{ $evidence }</i>»
offer-flag-conflict-zone-title = 🪖 <b>Urush hududi:</b> «<i>{ $evidence }</i>»
offer-flag-conflict-pay-title = 🪖 <b>Rossiyada qurilish yoki qoʻriqlash uchun juda yuqori maosh:</b> «<i>{ $evidence }</i>»

## The short report (risk line, three flags with one advice line each, what looks
## right, a "show all" button), the sourced pay references and the green signals.
offer-btn-show-all = 📋 Hammasini koʻrsatish
offer-greens-header = ✅ <b>Toʻgʻri koʻrinadigan tomonlari:</b>
offer-green-no-fee = • ishchi hech narsa toʻlamaydi
offer-green-employer-pays = • xarajatlarni ish beruvchi toʻlaydi
offer-green-contract = • shartnoma joʻnashdan oldin
offer-green-licensed = • litsenziya koʻrsatilgan (uni Migratsiya agentligida tekshiring)
offer-green-passport = • pasport oʻzingizda qoladi
offer-flag-agency-not-listed = ❓ <b>«{ $name }» agentligi bizning roʻyxatimizda topilmadi.</b> Bu litsenziyasi yoʻq degani emas, lekin pul toʻlash yoki imzolashdan oldin uni Migratsiya agentligida tekshiring.
offer-flag-pay-reference = 💰 <b>Maosh bu ish uchun odatdagidan ancha yuqori.</b> Tajribasiz ish uchun haddan tashqari katta maosh — soxta takliflarning keng tarqalgan nayrangi.
offer-pay-russia-courier = 💰 <b>Odatdagidan ancha yuqori:</b> «<i>{ $evidence }</i>». Rossiyada kuryerlarga odatda oyiga { $figure } taklif qilinadi ({ $cite }).
offer-pay-russia-loader = 💰 <b>Odatdagidan ancha yuqori:</b> «<i>{ $evidence }</i>». Rossiyada yuk tashuvchilarga odatda oyiga { $figure } taklif qilinadi ({ $cite }).
offer-pay-russia-construction = 💰 <b>Odatdagidan ancha yuqori:</b> «<i>{ $evidence }</i>». Rossiyada qurilishda odatda oyiga { $figure } taklif qilinadi ({ $cite }).
offer-pay-russia-cleaner = 💰 <b>Odatdagidan ancha yuqori:</b> «<i>{ $evidence }</i>». Rossiyada farroshlarga odatda oyiga { $figure } toʻlanadi ({ $cite }).
offer-pay-russia-taxi = 💰 <b>Odatdagidan ancha yuqori:</b> «<i>{ $evidence }</i>». Moskvada taksida odatda oyiga { $figure } taklif qilinadi ({ $cite }).
offer-pay-russia-median = 💰 <b>Odatdagidan ancha yuqori:</b> «<i>{ $evidence }</i>». Rossiyada ishchilarning yarmi oyiga { $figure } dan kam oladi ({ $cite }).
offer-pay-kazakhstan = 💰 <b>Odatdagidan ancha yuqori:</b> «<i>{ $evidence }</i>». Qozogʻistonda ishchilarning yarmi oyiga { $figure } dan kam oladi ({ $cite }).
offer-pay-turkey = 💰 <b>Odatdagidan ancha yuqori:</b> «<i>{ $evidence }</i>». Turkiyada eng kam ish haqi qoʻlga oyiga { $figure } ({ $cite }).
offer-pay-korea = 💰 <b>Odatdagidan ancha yuqori:</b> «<i>{ $evidence }</i>». Koreyada eng kam ish haqi oyiga { $figure } ({ $cite }); <code>EPS</code> ishlari odatda shunga yaqin toʻlanadi.
offer-pay-uk = 💰 <b>Odatdagidan ancha yuqori:</b> «<i>{ $evidence }</i>». Buyuk Britaniyada eng kam ish haqi soatiga { $figure } ({ $cite }); mavsumiy ishchilarga shunga yaqin toʻlanadi.
offer-pay-poland = 💰 <b>Odatdagidan ancha yuqori:</b> «<i>{ $evidence }</i>». Polshada eng kam ish haqi qoʻlga oyiga taxminan { $figure } ({ $cite }).
offer-pay-germany = 💰 <b>Odatdagidan ancha yuqori:</b> «<i>{ $evidence }</i>». Germaniyada eng kam ish haqi soatiga { $figure } ({ $cite }).
offer-flag-agency-not-listed-title = ❓ <b>Roʻyxatimizda topilmadi:</b> «<i>{ $evidence }</i>»
offer-flag-pay-reference-title = 💰 <b>Maosh odatdagidan ancha yuqori:</b> «<i>{ $evidence }</i>»
