# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda

common-text-only = Men faqat matnni tushunaman. Savolingizni soʻz bilan yozing yoki tugmani bosing.
common-unknown-command = Bunday buyruqni bilmayman. /menu yoki /help yuborib koʻring.
common-internal-error = Kechirasiz, bizda nimadir xato ketdi. Bir daqiqadan keyin qayta urinib koʻring yoki /menu yuboring.
common-help =
    <b>Safar nima qila oladi</b>
    Chet elda xavfsiz ishlashga yordam beradi: soxta ish belgilari, davlatlar qoidalari, yordam uchun qayerga murojaat qilish.

    Buyruqlar:
    /menu — asosiy menyu
    /language — tilni oʻzgartirish
    /check — ish taklifini tekshirish
    /operator — odam bilan gaplashish
    /country — hozir qaysi davlatdaman (favqulodda raqamlar)
    /forget — men haqimdagi hamma narsani oʻchirish
    /help — shu yordam

    Bot hech qachon sizdan pul yoki pasport maʼlumotlarini soʻramaydi.

# Telegram command menu: plain text, no HTML, no emoji, at most 40 characters.
cmd-start = Boshlash
cmd-menu = Asosiy menyu
cmd-language = Tilni oʻzgartirish
cmd-help = Yordam
cmd-check = Ish taklifini tekshirish
cmd-operator = Odam bilan gaplashish
cmd-country = Hozir qayerdaman (favqulodda raqamlar)

# For NGO admins.
admin-reload-ok = Ssenariylar va matnlar qayta yuklandi: { $nodes } ta tugun, { $keys } ta matn, { $warnings } ta ogohlantirish.
admin-reload-failed =
    Qayta yuklash rad etildi: { $count } ta xato. Avvalgi versiya ishlashda davom etadi.
    <pre>{ $errors }</pre>
