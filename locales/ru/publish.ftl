# Review status: drafted, awaiting native-speaker review

## Publishing scripts and texts from Telegram (admins only, see README: "Publishing from Telegram").

publish-admins-only = Публиковать сценарии и тексты могут только администраторы бота (--admins).
publish-failed = Не получилось: внутренняя ошибка (подробности в журнале бота). Ничего не опубликовано, работает прежняя версия.
publish-refused-kind = Файл «{ $what }» не принят: пришлите .ftl, .yaml или .zip с папками dialogues/ и locales/.
publish-refused-path = Путь «{ $what }» не принят: файлы могут лежать только в dialogues/ (.yaml) и locales/uz|ru|kaa/ (.ftl), без «..», без абсолютных путей и без ссылок.
publish-refused-ambiguous = Непонятно, какой язык имеется в виду для «{ $what }». Напишите в подписи к файлу путь, например: ru/{ $what }
publish-refused-too-large = Файл слишком большой: не больше { $what } КБ.
publish-refused-bad-zip = Архив не читается (повреждён, зашифрован или это не zip). Ничего не изменено.
publish-refused-zip-too-large = Архив распаковывается слишком большим: не больше { $what } МБ.
publish-refused-zip-too-many = В архиве слишком много файлов: не больше { $what }.
publish-refused-link = В архиве есть ссылка (symlink) «{ $what }»: ссылки не принимаются.
publish-refused-zip-empty = В архиве нет файлов .ftl или .yaml в папках dialogues/ и locales/.
publish-refused-not-text = «{ $what }» — не текст в UTF-8. Сохраните файл как UTF-8 и пришлите снова.
publish-download-failed = Не удалось скачать файл из Telegram. Пришлите его ещё раз.
publish-no-change = Присланные файлы не отличаются от опубликованных: публиковать нечего.
publish-preview =
    <b>Черновик №{ $candidate }</b>: текущие файлы и присланные, проверено как в safar check.
    Изменённых файлов: { $count }
    <pre>{ $files }</pre>
publish-preview-skipped = Пропущено (не содержимое бота): { $names }
publish-preview-errors =
    ❌ <b>Ошибок: { $count }</b>
    <pre>{ $list }</pre>
publish-preview-errors-more = Ещё ошибок: { $more } — полный список в файле ниже.
publish-preview-warnings =
    ⚠️ Предупреждений: { $count }
    <pre>{ $list }</pre>
publish-preview-warnings-other = Предупреждения в файлах, которые вы не меняли: { $count } (полный список: safar check).
publish-preview-texts =
    Тексты { $lang }: добавлено { $added }, изменено { $changed }, удалено { $removed }
    <pre>{ $names }</pre>
publish-preview-nodes =
    Узлы: добавлено { $added }, удалено { $removed }
    <pre>{ $names }</pre>
publish-preview-buttons =
    Кнопки: добавлено { $added }, удалено { $removed }
    <pre>{ $names }</pre>
publish-preview-offer = Правила проверки предложений изменены: правил { $rules-before } → { $rules }, сочетаний { $combos-before } → { $combos }, агентств { $agencies-before } → { $agencies }.
publish-preview-distress = Фразы об опасности изменены: { $before } → { $after } (о самоповреждении: { $harm-before } → { $harm }).
publish-preview-coverage = Покрытие текстов: { $list }
publish-preview-ready = Ошибок нет. «Опубликовать» — пользователи увидят это сразу; «Отмена» — ничего не менять. Можно прислать ещё файлы: они добавятся к этому черновику.
publish-preview-blocked = Опубликовать нельзя, пока есть ошибки. Исправьте и пришлите файл снова (он заменит прежний в черновике) или нажмите «Отмена».
publish-btn-publish = ✅ Опубликовать
publish-btn-cancel = ✖️ Отмена
publish-stale = Этот черновик уже не действует (опубликован, отменён, заменён новым или бот перезапускался). Пришлите файл снова.
publish-not-yours = Это черновик другого администратора: опубликовать или отменить его может только он.
publish-has-errors = В этом черновике есть ошибки: его нельзя опубликовать.
publish-rebased = Пока вы смотрели черновик, опубликованное содержимое изменилось. Ваши файлы заново наложены на новую версию и проверены — посмотрите ещё раз:
publish-done = ✅ Опубликовано: версия { $version }. Пользователи уже видят новые тексты; файлы записаны на диск и сохранятся после перезапуска.
publish-refused-live =
    Файлы записаны, но не загрузились, поэтому возвращена прежняя версия:
    <pre>{ $list }</pre>
publish-cancelled = Черновик №{ $candidate } отменён, ничего не изменено.
publish-versions = <b>Версии содержимого</b> (новые сверху; /rollback НОМЕР — вернуть версию):
publish-versions-line = { $live ->
        [yes] ▶️
       *[no] •
    } <b>{ $version }</b> · { $when } · { $kind ->
        [baseline] файлы с сервера (изменены не через Telegram)
        [rollback] возврат к { $of }, { $admin }: { $summary }
       *[upload] { $admin }: { $summary }
    }
publish-versions-drift = ⚠️ Файлы на сервере отличаются от последней версии (их меняли не через Telegram). Следующая публикация сначала сохранит их как отдельную версию.
publish-versions-none = Из Telegram ещё ничего не публиковалось: работают файлы с сервера. Пришлите .ftl, .yaml или .zip, чтобы начать.
publish-rollback-usage = Напишите: /rollback НОМЕР (номера — в /versions).
publish-rollback-unknown = Версии { $version } нет. Номера — в /versions.
publish-rollback-same = Версия { $version } и так сейчас опубликована.
publish-rollback-refused =
    Версию { $version } нельзя вернуть: с текущими правилами проверки в ней ошибок: { $count }. Ничего не изменено.
    <pre>{ $list }</pre>
publish-rolled-back = ✅ Возвращена версия { $of }: опубликовано как версия { $version }.
publish-export = Опубликованное содержимое: файлов { $files }{ $version ->
        [0] {""}
       *[other] , версия { $version }
    }. Распакуйте, исправьте и пришлите архив обратно.
publish-audit-upload = 📥 { $admin } ({ $admin_id }) прислал(а) черновик №{ $candidate }: { $files } — { $ok ->
        [yes] без ошибок
       *[no] с ошибками
    }
publish-audit-refused = 🚫 { $admin } ({ $admin_id }) прислал(а) «{ $file }» — не принято ({ $reason })
publish-audit-published = 📤 { $admin } ({ $admin_id }) опубликовал(а) версию { $version }: { $summary }
publish-audit-rollback = ↩️ { $admin } ({ $admin_id }) вернул(а) версию { $of } — опубликовано как версия { $version }
