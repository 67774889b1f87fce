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

# Admins in the operators' group: /alert NAME TOPIC, /alert status.
alerts-admin-only = Eskertiwlerdi tek adminler jiberedi.
alerts-admin-usage = /alert AT TEMA — dialogues/alerts/AT.ftl faylın TEMA jazılıwshılarına jiberiw (aldın kórip shıǵıladı). /alert status — sanlar.
    Temalar: { $topics }
    Eskertiwler: { $files }
alerts-admin-invalid = «{ $name }» eskertiwin jiberip bolmaydı:
    { $errors }
alerts-admin-unknown = «{ $name }» degen eskertiw faylı joq. Bar fayllar: { $files }
alerts-admin-unknown-topic = «{ $topic }» degen tema joq. Temalar: { $topics }
alerts-admin-preview = Joqarıdaǵı «{ $name }» eskertiwi «{ $topic }» temasına: { $total } alıwshı (uz { $uz }, uz-Cyrl { $uz_cyrl }, ru { $ru }, kaa { $kaa }, kaa-Cyrl { $kaa_cyrl }). Jiberilsin be?
alerts-admin-btn-confirm = ✅ Jiberiw
alerts-admin-btn-cancel = ✖️ Biykarlaw
alerts-admin-queued = #{ $id } eskertiw { $total } alıwshıǵa jiberilmekte (paydalanıwshılarǵa juwaplardan keyin). Sanlar: /alert status
alerts-admin-cancelled = Eskertiw jiberilmedi.
alerts-admin-stale = Bul kórip shıǵıw endi jaramaydı: /alert buyrıǵın qaytadan jiberiń.
alerts-admin-status-none = Ele hesh qanday eskertiw jiberilmegen.
alerts-admin-status-line = #{ $id } { $name } → { $topic }: { $recipients } alıwshı, { $delivered } jetkerildi, { $pending } gezekte, { $failed } qáte, { $unreachable } jetip bolmaydı, túymeler { $presses } ret basıldı ({ $pressed_by } adam)

# The report (safar report, /report).
alerts-report-title = Eskertiwler
alerts-report-line = { $recipients } alıwshı, { $delivered } jetkerildi, { $failed } qáte, { $unreachable } jetip bolmaydı, { $pending } gezekte, túymeler { $presses } ret basıldı ({ $pressed_by } adam)
