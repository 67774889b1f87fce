# Review status: drafted, awaiting native-speaker review

# Shown when no operators' group is configured.
operator-unavailable = Разговор с человеком через этот бот пока не настроен. Чтобы связаться с Агентством миграции, откройте «Помощь: контакты» в главном меню.

## The migrant's side of the hotline.

hotline-consent =
    <b>Разговор с оператором горячей линии</b>
    Оператор — сотрудник организации, которая помогает мигрантам. Он увидит:
    • ваше имя (из Telegram);
    • выбранный вами язык;
    • всё, что вы напишете сюда дальше (текст, фото, голосовые).
hotline-consent-offer = Оператор также увидит текст предложения о работе, которое вы только что проверили.
hotline-consent-confirm = Ваш номер телефона и аккаунт Telegram не показываются. Вы согласны?
hotline-btn-agree = ✅ Согласен(на)
hotline-btn-cancel = ✖️ Отмена
hotline-distress = Возможно, вы в опасности. Вы можете поговорить с человеком прямо сейчас.
hotline-describe = Коротко опишите, что случилось (одно-два предложения). Можно и без этого — нажмите «Пропустить».
hotline-btn-skip = ⏭ Пропустить
hotline-cancelled = Отменено. Ничего не отправлено.
hotline-opened = Номер вашего обращения: <b>#{ $case }</b>. Теперь всё, что вы пишете сюда, получит оператор.
hotline-expect-open = Оператор скоро ответит. Подождите и не закрывайте этот чат.
hotline-expect-closed = Сейчас нерабочее время. Оператор ответит { $day } после { $time }.
hotline-rejoined = Вы снова в чате с оператором (обращение <b>#{ $case }</b>). Пишите — сообщение получит оператор.
hotline-in-chat = Вы в чате с оператором (обращение <b>#{ $case }</b>). Пишите — сообщение получит оператор.
hotline-leave-ask = Выйти из чата с оператором? Обращение <b>#{ $case }</b> останется открытым: вернуться можно командой /operator.
hotline-btn-leave = ↩️ Да, в меню
hotline-btn-stay = 💬 Нет, остаться в чате
hotline-left = Вы вышли из чата. Обращение <b>#{ $case }</b> открыто: ответ оператора придёт сюда. Чтобы вернуться, отправьте /operator.
hotline-stay = Хорошо, вы остаётесь в чате. Пишите — сообщение получит оператор.
hotline-left-chat = (Вы вышли из чата с оператором; обращение <b>#{ $case }</b> открыто. Вернуться: /operator.)
hotline-from-operator =
    💬 <b>Горячая линия</b> (обращение #{ $case }):
    { $text }
hotline-from-operator-media = 💬 <b>Горячая линия</b> (обращение #{ $case })
hotline-taken = Оператор взял ваше обращение (#{ $case }) и напишет вам.
hotline-released = Ваше обращение (#{ $case }) передано другому оператору. Немного подождите.
hotline-not-relayed = Ваше обращение уже закрыто, сообщение оператору не отправлено. Чтобы начать новое, отправьте /operator.
hotline-closed = Обращение <b>#{ $case }</b> закрыто. Спасибо, что обратились! Оцените помощь от 1 до 5:
hotline-btn-rate = { $stars } ⭐
hotline-rated = Спасибо за оценку!
hotline-forget-ask = Удалить всё, что Safar хранит о вас, — ваши сообщения и личные данные? Открытое обращение будет закрыто. Это нельзя отменить.
hotline-btn-forget = 🗑 Да, удалить всё
hotline-btn-keep = Нет, оставить
hotline-forgotten = Всё удалено. Чтобы начать заново, отправьте /start.
hotline-forget-kept = Ничего не удалено.

## The operators' group.

ops-card =
    <b>Обращение #{ $case }</b> · { $priority ->
        [urgent] 🔴 срочно
        [high] 🟠 высокий
       *[normal] ⚪️ обычный
    } · язык: { $lang }
    Статус: { $status ->
        [waiting] ждёт
        [active] в работе у { $operator }
       *[closed] закрыто
    }
    Имя: { $name }
    Проверенное предложение: { $risk ->
        [none] нет
       *[other] риск { $risk }; признаки: { $flags }
    }
    Описание: { $description }
    Открыто { $age } мин. назад.
ops-reminder = ⏰ Обращение #{ $case } всё ещё ждёт.
ops-btn-take = ✋ Взять
ops-btn-take-case = ✋ Взять #{ $case }
ops-offer =
    Обращение #{ $case }: предложение о работе, которое проверил пользователь:
    <blockquote>{ $text }</blockquote>
ops-from-user = #{ $case } · { $name }
ops-user-message =
    #{ $case } · <b>{ $name }</b>:
    { $text }
ops-error = Извините, действие не выполнено (внутренняя ошибка). Попробуйте ещё раз.
ops-taken = Обращение #{ $case } взял(а) { $operator }.
ops-taken-by-other = Обращение #{ $case } уже у { $operator }.
ops-case-closed = Обращение #{ $case } закрыто.
ops-case-not-found = Обращения #{ $case } нет.
ops-case-not-taken = Обращение #{ $case } ещё никто не взял.
ops-queue = Ждут ответа: { $count }.
ops-queue-line = #{ $case } · { $priority } · { $lang } · { $age } мин.
ops-case-usage = Напишите: /case НОМЕР (например, /case 12) или /case внутри обращения.
ops-help =
    <b>Команды операторов</b>
    /queue — ждущие обращения
    /case N — показать обращение
    Внутри обращения (в его теме или ответом на его сообщение):
    текст или фото — уходит пользователю
    /note текст — внутренняя заметка (пользователь не видит)
    /release — вернуть в очередь
    /close итог — закрыть (informed, referred, offer_reported, emergency_referred, no_response, other)
ops-no-case = Эта команда работает внутри обращения: напишите в его теме или ответьте на его сообщение.
ops-released = Обращение #{ $case } возвращено в очередь ({ $operator }).
ops-note-usage = Напишите: /note текст заметки
ops-note-saved = Заметка сохранена (#{ $case }). Пользователь её не видит.
ops-close-usage = Укажите итог: /close ИТОГ. Итоги: { $outcomes }
ops-closed = Обращение #{ $case } закрыто: { $outcome } ({ $operator }).
ops-user-blocked = ⚠️ #{ $case }: пользователь заблокировал бота, сообщение не доставлено.
ops-delivery-failed = ⚠️ #{ $case }: сообщение не доставлено пользователю (ошибка Telegram). Напишите позже ещё раз.
ops-rated = #{ $case }: оценка пользователя { $stars } ⭐
ops-forgotten = #{ $case }: пользователь попросил удалить свои данные. Обращение закрыто.
