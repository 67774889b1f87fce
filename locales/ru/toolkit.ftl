# Review status: drafted, awaiting native-speaker review
# The operators' toolkit (#17): blocked users, "Report this offer", hotline-confirmed contacts,
# and the operators' commands /tag, /refer, /send, /snip, /block, /mine, /take, /confirm.

## The user's side.

hotline-blocked = Ваши сообщения больше не передаются операторам горячей линии. Бот по-прежнему работает: разделы меню, проверка предложений о работе и экстренные номера — для вас, как и раньше.
hotline-snippet = 💬 <b>Горячая линия</b> (обращение #{ $case }):
offer-btn-report = 🚩 Сообщить об этом предложении
offer-report-ask =
    <b>Сообщить о мошенническом предложении?</b>
    Операторы горячей линии получат только эти контакты и названия из предложения:
    { $contacts }
    Ваше имя и ваш аккаунт не передаются. Если оператор подтвердит обман, бот будет предупреждать других, кто проверит предложение с этими контактами.
offer-report-btn-contacts = 📨 Отправить только контакты
offer-report-btn-text = 📨 Отправить контакты и весь текст
offer-report-btn-cancel = ✖️ Не отправлять
offer-report-nothing = В этом предложении нет телефона, ника, ссылки или названия агентства — сообщать не о чем. Если вы считаете его обманом, поговорите с оператором.
offer-report-sent = Спасибо! Сообщение <b>#{ $report }</b> отправлено операторам. Ваше имя и аккаунт им не переданы.
offer-flag-hotline-confirmed-title = 🚫 <b>Этот контакт — мошеннический:</b> «<i>{ $evidence }</i>». О нём сообщали { $times } раз(а), горячая линия подтвердила это { $date }.
offer-flag-hotline-confirmed = 🚫 <b>Горячая линия подтвердила, что этот контакт используют мошенники.</b> Люди, проверявшие предложения через Safar, сообщили о нём, и операторы это проверили.
offer-advice-hotline-confirmed = Не платите и не отправляйте документы по этому контакту. Если уже заплатили или отдали паспорт — поговорите с оператором.
offer-flag-hotline-confirmed-name-title = 🚫 <b>От имени этой компании обманывают:</b> «<i>{ $evidence }</i>». О ней сообщали { $times } раз(а), горячая линия подтвердила это { $date }.
offer-flag-hotline-confirmed-name = 🚫 <b>Горячая линия подтвердила, что от имени этой компании обманывают людей.</b> Люди, проверявшие предложения через Safar, сообщили о ней, и операторы это проверили. Название могут писать по-разному — бот узнаёт его и в другом написании.
offer-advice-hotline-confirmed-name = Не платите и не отправляйте документы этой компании и тем, кто говорит от её имени. Если уже заплатили или отдали паспорт — поговорите с оператором.

## The operators' group.

ops-queue-taken = В работе: { $count }.
ops-queue-taken-line = #{ $case } · { $priority } · { $lang } · { $age } мин. · { $operator }
ops-mine = Ваши открытые обращения ({ $operator }): { $count }.
ops-close-needs-category =
    Перед закрытием #{ $case } укажите, о чём обращение: /tag КАТЕГОРИЯ…
    Категории: { $categories }
ops-close-needs-referral =
    Итог referred: сначала направьте пользователя — /refer ОРГАНИЗАЦИЯ (#{ $case }).
    { $orgs }
ops-tag-usage =
    Напишите: /tag КАТЕГОРИЯ… (можно несколько). Убрать: /untag КАТЕГОРИЯ.
    Категории: { $categories }
ops-tag-unknown =
    Нет такой категории: { $unknown }. Ничего не изменено.
    Категории: { $categories }
ops-tagged = #{ $case }: категории — { $categories }.
ops-refer-usage =
    Напишите: /refer ОРГАНИЗАЦИЯ — пользователь получит её контакт на своём языке.
    { $orgs }
ops-refer-unknown =
    Нет такой организации: { $org }. Ничего не отправлено.
    { $orgs }
ops-referred = #{ $case }: пользователь получил контакт «{ $org }» ({ $contact }).
ops-send-none = Нет страниц, подходящих к «{ $query }». Напишите /send без слов, чтобы увидеть все.
ops-send-list =
    Страницы ({ $shown } из { $count }). Отправить пользователю: /send СКРИПТ:УЗЕЛ
    { $pages }
ops-sent = #{ $case }: пользователь получил страницу { $page } («{ $title }»).
ops-snip-usage =
    Напишите: /snip ИМЯ — короткий готовый ответ на языке пользователя.
    { $names }
ops-snip-unknown =
    Нет заготовки «{ $name }». Ничего не отправлено.
    { $names }
ops-snipped = #{ $case }: отправлена заготовка «{ $name }».
ops-block-usage = Напишите: /block [ЧАСЫ] причина — например, /block 24 оскорбления. Без часов — до /unblock.
ops-blocked = #{ $case }: сообщения пользователя больше не приходят операторам (до /unblock). Бот, проверка предложений и экстренные номера для него работают. Пользователю сказано об этом один раз.
ops-blocked-until = #{ $case }: сообщения пользователя не приходят операторам до { $until }. Бот, проверка предложений и экстренные номера для него работают. Пользователю сказано об этом один раз.
ops-unblocked = #{ $case }: блокировка снята, сообщения пользователя снова приходят операторам.
ops-not-blocked = #{ $case }: пользователь не заблокирован.
ops-take-usage = Напишите: /take НОМЕР (например, /take 12).
ops-take-admins-only = Забрать обращение #{ $case } у коллеги может только администратор бота.
ops-taken-over = Обращение #{ $case } теперь у { $operator } (было у { $previous }).
ops-report-usage = Напишите: /confirm НОМЕР [заметка] или /reject НОМЕР (номер сообщения о мошенничестве).
ops-report-not-found = Сообщения о мошенничестве #{ $report } нет.
ops-report-decided = Сообщение #{ $report } уже рассмотрено: { $status } ({ $operator }).
ops-report-confirmed =
    Сообщение #{ $report } подтверждено ({ $operator }). Бот теперь предупреждает о контактах:
    { $contacts }
ops-report-rejected = Сообщение #{ $report } отклонено ({ $operator }).
ops-unconfirm-usage = Напишите: /unconfirm КОНТАКТ — телефон, @ник, ссылку или название компании.
ops-unconfirmed = { $contact } больше не считается подтверждённым мошенническим контактом.
ops-unconfirm-unknown = { $contact } нет среди подтверждённых контактов.
ops-scam-report =
    🚩 <b>Сообщение о мошенничестве #{ $report }</b> · риск: { $risk } · язык: { $lang }
    Контакты:
    { $contacts }
    Названия: { $names }
ops-scam-report-text =
    Текст предложения (пользователь согласился его отправить):
    <blockquote>{ $text }</blockquote>
ops-scam-report-how = Подтвердить: /confirm { $report } [заметка] · отклонить: /reject { $report }
ops-name-refused-short = «{ $name }» не подтверждается: название слишком короткое (нужно не меньше 5 букв без формы вроде МЧЖ, ООО, LLC), по нему бот предупреждал бы о честных предложениях.
ops-name-refused-generic = «{ $name }» не подтверждается: в нём только общие слова (агентство, работа, компания, страна, форма вроде МЧЖ), по нему бот предупреждал бы о честных предложениях.
ops-name-refused-registry = «{ $name }» не подтверждается: это { $agency } из реестра агентств (offer-registry.yaml), о нём бот говорит то, что сказано в реестре.
