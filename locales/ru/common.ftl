# Review status: drafted, awaiting native-speaker review

common-text-only = Я понимаю только текст. Напишите вопрос словами или нажмите кнопку.
common-unknown-command = Я не знаю такой команды. Попробуйте /menu или /help.
common-internal-error = Извините, у нас что-то пошло не так. Попробуйте ещё раз через минуту или отправьте /menu.
common-help =
    <b>Что умеет Safar</b>
    Помогает безопасно работать за границей: признаки обмана, правила стран, куда обратиться за помощью.

    Команды:
    /menu — главное меню
    /language — сменить язык
    /check — проверить предложение о работе
    /operator — поговорить с человеком
    /country — в какой я стране (экстренные номера)
    /forget — удалить всё, что бот знает обо мне
    /help — эта справка

    Бот никогда не просит у вас денег или паспортных данных.

# Telegram command menu: plain text, no HTML, no emoji, at most 40 characters.
cmd-start = Начать
cmd-menu = Главное меню
cmd-language = Сменить язык
cmd-help = Помощь
cmd-check = Проверить предложение о работе
cmd-operator = Поговорить с человеком
cmd-country = Где я сейчас (экстренные номера)

# For NGO admins.
admin-reload-ok = Сценарии и тексты перезагружены. Узлов: { $nodes }, текстов: { $keys }, предупреждений: { $warnings }.
admin-reload-failed =
    Перезагрузка отклонена, ошибок: { $count }. Пока работает прежняя версия.
    <pre>{ $errors }</pre>
