# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda

# Shown when no operators' group is configured.
operator-unavailable = Bu bot orqali odam bilan gaplashish hali sozlanmagan. Migratsiya agentligi bilan bogʻlanish uchun asosiy menyuda «Yordam: kontaktlar» boʻlimini oching.

## The migrant's side of the hotline.

hotline-consent =
    <b>Ishonch telefoni operatori bilan gaplashish</b>
    Operator — yordam beradigan tashkilot xodimi. U quyidagilarni koʻradi:
    • ismingiz (Telegramdagi);
    • tanlagan tilingiz;
    • bundan keyin shu yerga yozgan hamma narsangiz (matn, rasm, ovozli xabar).
hotline-consent-offer = Operator siz hozir tekshirgan ish taklifi matnini ham koʻradi.
hotline-consent-confirm = Telefon raqamingiz va Telegram akkauntingiz koʻrsatilmaydi. Rozimisiz?
hotline-btn-agree = ✅ Roziman
hotline-btn-cancel = ✖️ Bekor qilish
hotline-distress = Siz xavf ostida boʻlishingiz mumkin. Hoziroq odam bilan gaplashishingiz mumkin.
hotline-describe = Muammongizni qisqacha yozing (bir-ikki gap). Yozmasangiz ham boʻladi — «Oʻtkazib yuborish»ni bosing.
hotline-btn-skip = ⏭ Oʻtkazib yuborish
hotline-cancelled = Bekor qilindi. Hech narsa yuborilmadi.
hotline-opened = Murojaatingiz raqami: <b>#{ $case }</b>. Endi bu yerga yozganlaringiz operatorga boradi.
hotline-expect-open = Operator tez orada javob beradi. Kutib turing va shu chatni yopmang.
hotline-expect-closed = Hozir ish vaqtidan tashqari. Operator { $day } kuni soat { $time } dan keyin javob beradi.
hotline-rejoined = Siz yana operator bilan chatdasiz (murojaat <b>#{ $case }</b>). Yozing — xabaringiz operatorga boradi.
hotline-in-chat = Siz operator bilan chatdasiz (murojaat <b>#{ $case }</b>). Yozing — xabaringiz operatorga boradi.
hotline-leave-ask = Operator bilan chatdan chiqasizmi? Murojaat <b>#{ $case }</b> ochiq qoladi: /operator orqali qaytishingiz mumkin.
hotline-btn-leave = ↩️ Ha, menyuga chiqish
hotline-btn-stay = 💬 Yoʻq, chatda qolish
hotline-left = Chatdan chiqdingiz. Murojaat <b>#{ $case }</b> ochiq: operator javobi shu yerga keladi. Qaytish uchun /operator yuboring.
hotline-stay = Yaxshi, chatda qolasiz. Yozing — xabaringiz operatorga boradi.
hotline-left-chat = (Operator bilan chatdan chiqdingiz; murojaat <b>#{ $case }</b> ochiq. Qaytish uchun /operator.)
hotline-from-operator =
    💬 <b>Ishonch telefoni</b> (murojaat #{ $case }):
    { $text }
hotline-from-operator-edited =
    ✏️ <b>Ishonch telefoni</b> (murojaat #{ $case }), tuzatilgan xabar:
    { $text }
hotline-from-operator-media = 💬 <b>Ishonch telefoni</b> (murojaat #{ $case })
hotline-taken = Operator murojaatingizni (#{ $case }) oldi va sizga yozadi.
hotline-released = Murojaatingiz (#{ $case }) boshqa operatorga oʻtkazildi. Biroz kuting.
hotline-not-relayed = Murojaatingiz allaqachon yopilgan, xabaringiz operatorga yuborilmadi. Yangi murojaat uchun /operator yuboring.
hotline-closed = Murojaat <b>#{ $case }</b> yopildi. Murojaat qilganingiz uchun rahmat! Yordamni 1 dan 5 gacha baholang:
hotline-btn-rate = { $stars } ⭐
hotline-rated = Bahongiz uchun rahmat!
hotline-operators-unreachable = ⚠️ <b>#{ $case }</b> murojaati boʻyicha xabaringiz operatorlarga yetib bormadi: bizda texnik muammo bor. Biz bu haqda xabar berdik. Muammo tuzatilguncha yordam uchun bevosita murojaat qiling:
hotline-forget-ask = Safar siz haqingizda saqlagan hamma narsani — xabarlaringiz va shaxsiy maʼlumotlaringizni — oʻchiraymi? Ochiq murojaat yopiladi. Buni qaytarib boʻlmaydi.
hotline-btn-forget = 🗑 Ha, hammasini oʻchirish
hotline-btn-keep = Yoʻq, qoldirish
hotline-forgotten = Hammasi oʻchirildi. Qaytadan boshlash uchun /start yuboring.
hotline-forget-kept = Hech narsa oʻchirilmadi.

## The operators' group.

ops-card =
    <b>Murojaat #{ $case }</b> · { $priority ->
        [urgent] 🔴 shoshilinch
        [high] 🟠 yuqori
       *[normal] ⚪️ oddiy
    } · til: { $lang }
    Holati: { $status ->
        [waiting] kutmoqda
        [active] { $operator } ishlamoqda
       *[closed] yopilgan
    }
    Ism: { $name }
    Tekshirilgan taklif: { $risk ->
        [none] yoʻq
       *[other] xavf { $risk }; belgilar: { $flags }
    }
    Tavsif: { $description }
    Toifalar: { $categories }
    Yoʻnaltirilgan: { $referrals }
    Ochilganiga { $age } daqiqa boʻldi.
ops-reminder = ⏰ Murojaat #{ $case } hali kutmoqda.
ops-btn-take = ✋ Olish
ops-btn-take-case = ✋ #{ $case } ni olish
ops-offer =
    Murojaat #{ $case }: foydalanuvchi tekshirgan ish taklifi:
    <blockquote>{ $text }</blockquote>
ops-from-user = #{ $case } · { $name }
ops-user-message =
    #{ $case } · <b>{ $name }</b>:
    { $text }
ops-user-edited =
    ✏️ #{ $case } · <b>{ $name }</b> xabarini tuzatdi:
    { $text }
ops-error = Kechirasiz, amal bajarilmadi (ichki xato). Qayta urinib koʻring.
ops-taken = Murojaat #{ $case } ni { $operator } oldi.
ops-taken-by-other = Murojaat #{ $case } ni { $operator } allaqachon olgan.
ops-case-closed = Murojaat #{ $case } yopilgan.
ops-case-not-found = #{ $case } raqamli murojaat yoʻq.
ops-case-not-taken = Murojaat #{ $case } ni hali hech kim olmagan.
ops-queue = Kutayotgan murojaatlar: { $count }.
ops-queue-line = #{ $case } · { $priority } · { $lang } · { $age } daq.
ops-case-usage = Yozing: /case RAQAM (masalan, /case 12), yoki murojaat ichida /case.
ops-anonymous = Bot anonim yoki guruh nomidan yuborilgan xabarlarni foydalanuvchiga yubora olmaydi: javob faqat operatordan boʻlishi kerak. Administrator huquqlaringizda «Anonimlik»ni oʻchiring va qayta yozing.
ops-help =
    <b>Operator buyruqlari</b>
    /queue — kutayotgan murojaatlar
    /case N — murojaatni koʻrish
    Murojaat ichida (mavzuda yoki uning xabariga javob sifatida):
    matn yoki rasm — foydalanuvchiga yuboriladi
    /note matn — ichki eslatma (foydalanuvchi koʻrmaydi)
    /release — navbatga qaytarish
    /close natija — yopish (informed, referred, offer_reported, emergency_referred, no_response, other)
ops-help-toolkit =
    <b>Operator vositalari</b>
    /tag toifa… — murojaat nima haqida (/close uchun kerak); /untag — olib tashlash
    /refer tashkilot — tashkilot kontakti foydalanuvchiga (/refer — roʻyxat)
    /send tugun — bot sahifasi foydalanuvchiga (/send soʻz — sahifani topish)
    /snip nom — tayyor qisqa javob (/snip — roʻyxat)
    /block [soat] sabab — foydalanuvchi xabarlari endi kelmaydi; /unblock — olib tashlash
    Hamma joyda: /mine — mening murojaatlarim; /take N — murojaatni hamkasbdan olish (administrator)
    /confirm N, /reject N — firibgarlik haqida xabar; /unconfirm kontakt yoki kompaniya nomi
ops-no-case = Bu buyruq murojaat ichida ishlaydi: murojaat mavzusida yozing yoki murojaat xabariga javob bering.
ops-released = Murojaat #{ $case } navbatga qaytarildi ({ $operator }).
ops-note-usage = Yozing: /note eslatma matni
ops-note-saved = Eslatma saqlandi (#{ $case }). Foydalanuvchi uni koʻrmaydi.
ops-close-usage = Natijani yozing: /close NATIJA. Natijalar: { $outcomes }
ops-closed = Murojaat #{ $case } yopildi: { $outcome } ({ $operator }).
ops-user-blocked = ⚠️ #{ $case }: foydalanuvchi botni bloklagan, xabar yetkazilmadi.
ops-delivery-failed = ⚠️ #{ $case }: xabar foydalanuvchiga yetkazilmadi (Telegram xatosi). Keyinroq qayta yozing.
ops-rated = #{ $case }: foydalanuvchi bahosi { $stars } ⭐
ops-forgotten = #{ $case }: foydalanuvchi maʼlumotlarini oʻchirishni soʻradi. Murojaat yopildi.
