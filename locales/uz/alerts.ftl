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
