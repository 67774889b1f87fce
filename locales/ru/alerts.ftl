# Review status: drafted, awaiting native-speaker review
# Alerts (#18): the topics users tick, /stop, and the admins' /alert in the operators' group.

alerts-intro = 🔔 <b>Оповещения</b>

    Отметьте темы, по которым хотите получать предупреждения. По неотмеченным темам ничего не придёт. Отключить всё: /stop
alerts-toggle-on = ✅ { $topic }
alerts-toggle-off = ▫️ { $topic }
alerts-btn-stop = 🔕 Отключить все
alerts-on = Теперь вы будете получать оповещения по теме «{ $topic }».
alerts-off = Оповещения по теме «{ $topic }» отключены.
alerts-stopped = 🔕 Оповещения отключены. Подписаться снова: /alerts
alerts-stopped-none = Вы не подписаны ни на какие оповещения. Подписаться: /alerts
# What a user may type instead of /stop (compared without case and punctuation).
alerts-stop-phrase = остановить оповещения
cmd-alerts = Оповещения (подписка)
cmd-stop = Отключить оповещения
