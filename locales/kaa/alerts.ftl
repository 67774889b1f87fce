# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte
# Alerts (#18): the topics users tick, /stop, and the admins' /alert in the operators' group.

alerts-intro = 🔔 <b>Eskertiwler</b>

    Qaysı temalar boyınsha eskertiw alıwdı qáleseńiz, belgileń. Belgilenbegen tema boyınsha hesh nárse jiberilmeydi. Barlıǵın toqtatıw: /stop
alerts-toggle-on = ✅ { $topic }
alerts-toggle-off = ▫️ { $topic }
alerts-btn-stop = 🔕 Barlıǵın toqtatıw
alerts-on = Endi «{ $topic }» boyınsha eskertiwler alasız.
alerts-off = «{ $topic }» boyınsha eskertiwler toqtatıldı.
alerts-stopped = 🔕 Eskertiwler toqtatıldı. Qaytadan jazılıw: /alerts
alerts-stopped-none = Siz hesh qanday eskertiwge jazılmaǵansız. Jazılıw: /alerts
# What a user may type instead of /stop (compared without case and punctuation).
alerts-stop-phrase = eskertiwlerdi toqtatıw
cmd-alerts = Eskertiwler (jazılıw)
cmd-stop = Eskertiwlerdi toqtatıw
