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

# Admins in the operators' group: /alert NAME TOPIC, /alert status.
alerts-admin-only = Оповещения отправляют только администраторы.
alerts-admin-usage = /alert ИМЯ ТЕМА — отправить dialogues/alerts/ИМЯ.ftl подписчикам ТЕМЫ (сначала предпросмотр). /alert status — счётчики.
    Темы: { $topics }
    Оповещения: { $files }
alerts-admin-invalid = Оповещение «{ $name }» нельзя отправить:
    { $errors }
alerts-admin-unknown = Файла оповещения «{ $name }» нет. Есть: { $files }
alerts-admin-unknown-topic = Темы «{ $topic }» нет. Темы: { $topics }
alerts-admin-preview = Оповещение «{ $name }» выше — теме «{ $topic }»: получателей { $total } (uz { $uz }, uz-Cyrl { $uz_cyrl }, ru { $ru }, kaa { $kaa }, kaa-Cyrl { $kaa_cyrl }). Отправить?
alerts-admin-btn-confirm = ✅ Отправить
alerts-admin-btn-cancel = ✖️ Отмена
alerts-admin-queued = Оповещение #{ $id } отправляется { $total } получателям (после ответов пользователям). Счётчики: /alert status
alerts-admin-cancelled = Оповещение не отправлено.
alerts-admin-stale = Этот предпросмотр больше не действует: отправьте /alert ещё раз.
alerts-admin-status-none = Оповещений ещё не было.
alerts-admin-status-line = #{ $id } { $name } → { $topic }: получателей { $recipients }, доставлено { $delivered }, в очереди { $pending }, ошибок { $failed }, недоступны { $unreachable }, нажатий кнопок { $presses } (людей: { $pressed_by })

# The report (safar report, /report).
alerts-report-title = Оповещения
alerts-report-line = получателей { $recipients }, доставлено { $delivered }, ошибок { $failed }, недоступны { $unreachable }, в очереди { $pending }, нажатий кнопок { $presses } (людей: { $pressed_by })
