# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda
# Alerts (#18): the topics users tick, /stop, and the admins' /alert in the operators' group.

alerts-intro = 🔔 <b>Ogohlantirishlar</b>

    Qaysi mavzular boʻyicha ogohlantirish olishni xohlasangiz, belgilang. Belgilanmagan mavzu boʻyicha hech narsa yuborilmaydi. Hammasini toʻxtatish: /stop
alerts-toggle-on = ✅ { $topic }
alerts-toggle-off = ▫️ { $topic }
alerts-btn-stop = 🔕 Hammasini toʻxtatish
alerts-on = Endi “{ $topic }” boʻyicha ogohlantirishlar olasiz.
alerts-off = “{ $topic }” boʻyicha ogohlantirishlar toʻxtatildi.
alerts-stopped = 🔕 Ogohlantirishlar toʻxtatildi. Qayta obuna boʻlish: /alerts
alerts-stopped-none = Siz hech qanday ogohlantirishga obuna boʻlmagansiz. Obuna boʻlish: /alerts
# What a user may type instead of /stop (compared without case and punctuation).
alerts-stop-phrase = ogohlantirishlarni toʻxtatish
cmd-alerts = Ogohlantirishlar (obuna)
cmd-stop = Ogohlantirishlarni toʻxtatish

# Admins in the operators' group: /alert NAME TOPIC, /alert status.
alerts-admin-only = Ogohlantirishlarni faqat adminlar yuboradi.
alerts-admin-usage = /alert NOM MAVZU — dialogues/alerts/NOM.ftl faylini MAVZU obunachilariga yuborish (avval koʻrib chiqiladi). /alert status — hisoblar.
    Mavzular: { $topics }
    Ogohlantirishlar: { $files }
alerts-admin-invalid = “{ $name }” ogohlantirishini yuborib boʻlmaydi:
    { $errors }
alerts-admin-unknown = “{ $name }” degan ogohlantirish fayli yoʻq. Bor fayllar: { $files }
alerts-admin-unknown-topic = “{ $topic }” degan mavzu yoʻq. Mavzular: { $topics }
alerts-admin-preview = Yuqoridagi “{ $name }” ogohlantirishi “{ $topic }” mavzusiga: { $total } ta oluvchi (uz { $uz }, uz-Cyrl { $uz_cyrl }, ru { $ru }, kaa { $kaa }, kaa-Cyrl { $kaa_cyrl }). Yuborilsinmi?
alerts-admin-btn-confirm = ✅ Yuborish
alerts-admin-btn-cancel = ✖️ Bekor qilish
alerts-admin-queued = #{ $id } ogohlantirish { $total } ta oluvchiga yuborilmoqda (foydalanuvchilarga javoblardan keyin). Hisoblar: /alert status
alerts-admin-cancelled = Ogohlantirish yuborilmadi.
alerts-admin-stale = Bu koʻrib chiqish endi amal qilmaydi: /alert buyrugʻini qayta yuboring.
alerts-admin-status-none = Hali hech qanday ogohlantirish yuborilmagan.
alerts-admin-status-line = #{ $id } { $name } → { $topic }: { $recipients } oluvchi, { $delivered } yetkazildi, { $pending } navbatda, { $failed } xato, { $unreachable } yetib boʻlmaydi, tugmalar { $presses } marta bosildi ({ $pressed_by } kishi)

# The report (safar report, /report).
alerts-report-title = Ogohlantirishlar
alerts-report-line = { $recipients } oluvchi, { $delivered } yetkazildi, { $failed } xato, { $unreachable } yetib boʻlmaydi, { $pending } navbatda, tugmalar { $presses } marta bosildi ({ $pressed_by } kishi)
