# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda
# The operators' toolkit (#17): blocked users, "Report this offer", hotline-confirmed contacts,
# and the operators' commands /tag, /refer, /send, /snip, /block, /mine, /take, /confirm.

## The user's side.

hotline-blocked = Xabarlaringiz endi ishonch liniyasi operatorlariga yuborilmaydi. Bot avvalgidek ishlaydi: menyu boʻlimlari, ish takliflarini tekshirish va favqulodda raqamlar siz uchun ochiq.
hotline-snippet = 💬 <b>Ishonch liniyasi</b> (murojaat #{ $case }):
offer-btn-report = 🚩 Bu taklif haqida xabar berish
offer-report-ask =
    <b>Firibgar taklif haqida xabar berasizmi?</b>
    Ishonch liniyasi operatorlari taklifdagi faqat shu kontaktlar va nomlarni oladi:
    { $contacts }
    Ismingiz va akkauntingiz yuborilmaydi. Operator firibgarlikni tasdiqlasa, bot shu kontaktli taklifni tekshirgan boshqalarni ogohlantiradi.
offer-report-btn-contacts = 📨 Faqat kontaktlarni yuborish
offer-report-btn-text = 📨 Kontaktlar va butun matnni yuborish
offer-report-btn-cancel = ✖️ Yubormaslik
offer-report-nothing = Bu taklifda telefon, nik, havola yoki agentlik nomi yoʻq — xabar beradigan narsa yoʻq. Uni aldov deb hisoblasangiz, operator bilan gaplashing.
offer-report-sent = Rahmat! <b>#{ $report }</b> xabari operatorlarga yuborildi. Ismingiz va akkauntingiz ularga berilmadi.
offer-flag-hotline-confirmed-title = 🚫 <b>Bu kontakt firibgarlarniki:</b> «<i>{ $evidence }</i>». U haqda { $times } marta xabar berilgan, ishonch liniyasi buni { $date } kuni tasdiqlagan.
offer-flag-hotline-confirmed = 🚫 <b>Ishonch liniyasi bu kontaktdan firibgarlar foydalanishini tasdiqladi.</b> Safar orqali takliflarni tekshirgan odamlar u haqda xabar berishgan, operatorlar buni tekshirgan.
offer-advice-hotline-confirmed = Bu kontaktga pul toʻlamang va hujjat yubormang. Agar pul toʻlagan yoki pasportni bergan boʻlsangiz — operator bilan gaplashing.
offer-flag-hotline-confirmed-name-title = 🚫 <b>Bu kompaniya nomidan aldashmoqda:</b> «<i>{ $evidence }</i>». U haqda { $times } marta xabar berilgan, ishonch liniyasi buni { $date } kuni tasdiqlagan.
offer-flag-hotline-confirmed-name = 🚫 <b>Ishonch liniyasi bu kompaniya nomidan odamlarni aldashayotganini tasdiqladi.</b> Safar orqali takliflarni tekshirgan odamlar u haqda xabar berishgan, operatorlar buni tekshirgan. Nom turlicha yozilishi mumkin — bot uni boshqa yozuvda ham taniydi.
offer-advice-hotline-confirmed-name = Bu kompaniyaga va uning nomidan gapirayotganlarga pul toʻlamang, hujjat yubormang. Agar pul toʻlagan yoki pasportni bergan boʻlsangiz — operator bilan gaplashing.

## The operators' group.

ops-queue-taken = Ishda: { $count }.
ops-queue-taken-line = #{ $case } · { $priority } · { $lang } · { $age } daq. · { $operator }
ops-mine = Sizning ochiq murojaatlaringiz ({ $operator }): { $count }.
ops-close-needs-category =
    #{ $case } ni yopishdan oldin murojaat nima haqida ekanini koʻrsating: /tag TOIFA…
    Toifalar: { $categories }
ops-close-needs-referral =
    referred natijasi: avval foydalanuvchini yoʻnaltiring — /refer TASHKILOT (#{ $case }).
    { $orgs }
ops-tag-usage =
    Yozing: /tag TOIFA… (bir nechtasi mumkin). Olib tashlash: /untag TOIFA.
    Toifalar: { $categories }
ops-tag-unknown =
    Bunday toifa yoʻq: { $unknown }. Hech narsa oʻzgarmadi.
    Toifalar: { $categories }
ops-tagged = #{ $case }: toifalar — { $categories }.
ops-refer-usage =
    Yozing: /refer TASHKILOT — foydalanuvchi uning kontaktini oʻz tilida oladi.
    { $orgs }
ops-refer-unknown =
    Bunday tashkilot yoʻq: { $org }. Hech narsa yuborilmadi.
    { $orgs }
ops-referred = #{ $case }: foydalanuvchi «{ $org }» kontaktini oldi ({ $contact }).
ops-send-none = «{ $query }» ga mos sahifa yoʻq. Hammasini koʻrish uchun /send ni soʻzsiz yozing.
ops-send-list =
    Sahifalar ({ $count } tadan { $shown } tasi). Foydalanuvchiga yuborish: /send SKRIPT:TUGUN
    { $pages }
ops-sent = #{ $case }: foydalanuvchi { $page } sahifasini oldi («{ $title }»).
ops-snip-usage =
    Yozing: /snip NOM — foydalanuvchi tilidagi qisqa tayyor javob.
    { $names }
ops-snip-unknown =
    «{ $name }» tayyor javobi yoʻq. Hech narsa yuborilmadi.
    { $names }
ops-snipped = #{ $case }: «{ $name }» tayyor javobi yuborildi.
ops-block-usage = Yozing: /block [SOAT] sabab — masalan, /block 24 haqorat. Soatsiz — /unblock gacha.
ops-blocked = #{ $case }: foydalanuvchi xabarlari endi operatorlarga kelmaydi (/unblock gacha). Bot, takliflarni tekshirish va favqulodda raqamlar u uchun ishlaydi. Foydalanuvchiga bu bir marta aytildi.
ops-blocked-until = #{ $case }: foydalanuvchi xabarlari { $until } gacha operatorlarga kelmaydi. Bot, takliflarni tekshirish va favqulodda raqamlar u uchun ishlaydi. Foydalanuvchiga bu bir marta aytildi.
ops-unblocked = #{ $case }: blok olib tashlandi, foydalanuvchi xabarlari yana operatorlarga keladi.
ops-not-blocked = #{ $case }: foydalanuvchi bloklanmagan.
ops-take-usage = Yozing: /take RAQAM (masalan, /take 12).
ops-take-admins-only = #{ $case } murojaatini hamkasbdan faqat bot administratori olishi mumkin.
ops-taken-over = #{ $case } murojaati endi { $operator } da ({ $previous } da edi).
ops-report-usage = Yozing: /confirm RAQAM [eslatma] yoki /reject RAQAM (firibgarlik haqidagi xabar raqami).
ops-report-not-found = Firibgarlik haqidagi #{ $report } xabari yoʻq.
ops-report-decided = #{ $report } xabari allaqachon koʻrib chiqilgan: { $status } ({ $operator }).
ops-report-confirmed =
    #{ $report } xabari tasdiqlandi ({ $operator }). Bot endi bu kontaktlar haqida ogohlantiradi:
    { $contacts }
ops-report-rejected = #{ $report } xabari rad etildi ({ $operator }).
ops-unconfirm-usage = Yozing: /unconfirm KONTAKT — telefon, @nik, havola yoki kompaniya nomi.
ops-unconfirmed = { $contact } endi tasdiqlangan firibgar kontakt hisoblanmaydi.
ops-unconfirm-unknown = { $contact } tasdiqlangan kontaktlar orasida yoʻq.
ops-scam-report =
    🚩 <b>Firibgarlik haqida xabar #{ $report }</b> · xavf: { $risk } · til: { $lang }
    Kontaktlar:
    { $contacts }
    Nomlar: { $names }
ops-scam-report-text =
    Taklif matni (foydalanuvchi uni yuborishga rozi boʻldi):
    <blockquote>{ $text }</blockquote>
ops-scam-report-how = Tasdiqlash: /confirm { $report } [eslatma] · rad etish: /reject { $report }
ops-name-refused-short = «{ $name }» tasdiqlanmaydi: nom juda qisqa (MChJ, OOO, LLC kabi shaklsiz kamida 5 harf kerak), u boʻyicha bot halol takliflar haqida ham ogohlantirardi.
ops-name-refused-generic = «{ $name }» tasdiqlanmaydi: unda faqat umumiy soʻzlar bor (agentlik, ish, kompaniya, davlat, MChJ kabi shakl), u boʻyicha bot halol takliflar haqida ham ogohlantirardi.
ops-name-refused-registry = «{ $name }» tasdiqlanmaydi: bu agentliklar reyestridagi { $agency } (offer-registry.yaml), u haqda bot reyestrda yozilganini aytadi.
