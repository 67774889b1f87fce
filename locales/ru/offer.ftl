# Review status: drafted, awaiting native-speaker review

## Job-offer checker. Sources of the facts: domain brief §1 (ILO indicators [1],
## Employer Pays Principle [2][3][15], IOM signs of a fake offer [4], real cases [13][19][20]
## [23][26]-[28][29][33]), §2 (Migration Agency, gov.uz/en/migration [35][36]).

offer-prompt = Вставьте сюда текст предложения о работе или перешлите его из канала. Я покажу тревожные признаки в нём.
offer-photo-no-text = Я не могу прочитать текст на фото. Пожалуйста, скопируйте текст предложения и пришлите его сообщением.
offer-looks-like = Похоже на предложение о работе. Я проверил его на тревожные признаки:
offer-picture-reading = 🔎 Читаю текст на картинке…
offer-picture-read = 🖼 Этот текст прочитан с картинки: «{ $quote }»
offer-picture-misread = Если что-то прочитано неверно, скопируйте текст и пришлите его сообщением — я проверю заново.
offer-picture-unreadable = Не удалось прочитать текст на картинке. Пожалуйста, скопируйте текст предложения и пришлите его сообщением.

offer-risk-low = 🟢 <b>Риск: низкий.</b> Серьёзных тревожных признаков в тексте не найдено.
offer-risk-medium = 🟡 <b>Риск: средний.</b> Будьте осторожны и проверьте то, что ниже.
offer-risk-high = 🔴 <b>Риск: высокий.</b> В этом предложении есть признаки мошенничества или принудительного труда.
offer-no-flags = Это не значит, что предложение точно безопасно: я проверяю только текст, а не работодателя.
offer-more-flags = { $count ->
    [one] Найден ещё { $count } признак.
    [few] Найдено ещё { $count } признака.
   *[other] Найдено ещё { $count } признаков.
}
offer-agency-licensed = ℹ️ <b>{ $name }</b> в нашем списке значится как имеющее лицензию. Всё равно проверьте через Агентство миграции, прежде чем платить или что-то подписывать.
offer-advice-general = <b>Всегда:</b> не платите за работу вперёд; никому не отдавайте паспорт; проверяйте лицензию агентства через Агентство миграции (его официальные каналы); до отъезда получите письменный договор.
offer-btn-operator = 💬 Поговорить с человеком
offer-btn-check-another = 🔍 Проверить другое предложение
offer-btn-menu = 🏠 Главное меню

# Why each red flag matters: one sentence each.
offer-flag-upfront-fee = 💸 <b>Просят деньги вперёд.</b> Расходы на трудоустройство оплачивает работодатель: в Узбекистане трудоустройство за рубежом должен оплачивать иностранный работодатель.
offer-flag-document-retention = 🛂 <b>Хотят забрать ваш паспорт.</b> Удержание документов — один из признаков принудительного труда по МОТ.
offer-flag-unrealistic-pay = 💰 <b>Обещают очень большую зарплату.</b> Слишком высокая зарплата — одна из приманок фальшивых вакансий.
offer-flag-salary-too-high = 💰 <b>Зарплата слишком высокая.</b> Столько для этой страны уже обещали в разоблачённых мошеннических объявлениях.
offer-flag-wrong-visa = 🛑 <b>Не та виза для работы.</b> Туристическая виза не даёт права работать: у вас не будет законного статуса, вас легко депортировать и эксплуатировать.
offer-flag-no-contract = 📄 <b>Нет письменного договора.</b> Без договора потом нельзя доказать обман.
offer-flag-messenger-only = 📱 <b>Только через мессенджер.</b> Фальшивые вакансии распространяют в основном через соцсети и мессенджеры.
offer-flag-messenger-contacts = 📱 <b>Только контакт в мессенджере.</b> Нет названия компании, адреса или официального сайта — проверить её нельзя.
offer-flag-urgency = ⏰ <b>Торопят.</b> Спешка нужна, чтобы у вас не осталось времени всё проверить.
offer-flag-no-requirements = 🎓 <b>Никаких требований.</b> «Ни опыт, ни язык не нужны» — признак фальшивой вакансии или мошенничества с экзаменом.
offer-flag-debt-bondage = ⛓ <b>Расходы вычтут из зарплаты.</b> Отрабатывать долг за дорогу и визу из зарплаты — это долговая кабала, признак принудительного труда.
offer-flag-targeted-recruitment = ⚠️ <b>Работа хостес, официанткой, танцовщицей или моделью.</b> Набор на такую работу за рубежом, особенно молодых женщин, — известный путь торговли людьми.
offer-flag-targeted-combo = 🚨 <b>Женщин ищут на работу хостес, официанткой или танцовщицей — с требованиями к возрасту, внешности или с выездом за рубеж.</b> Это классический путь в торговлю людьми и сексуальную эксплуатацию.
offer-flag-unverifiable-employer = ❓ <b>Работодателя нельзя проверить.</b> Если компанию скрывают, могут действовать от чужого имени или с поддельными документами.
offer-flag-unlicensed-agency = 🚫 <b>Посредник без лицензии.</b> По закону для набора на работу за рубежом нужна лицензия.
offer-flag-agency-revoked = 🚫 <b>Лицензия { $name } отозвана.</b> Компания без лицензии не может набирать работников.
offer-flag-agency-suspended = 🚫 <b>Лицензия { $name } приостановлена.</b> Компания с приостановленной лицензией не может набирать работников.
offer-flag-agency-unknown = ❓ <b>{ $name }</b> есть в нашем списке, но статус её лицензии нам неизвестен.
offer-flag-agency-no-reps = 🚫 <b>У { $name } нет представителей в Узбекистане.</b> Любой, кто называет себя связанным с ней, действует незаконно.
offer-flag-reported-contact = 🚫 <b>Этот контакт отмечен как мошеннический.</b> Об этом телефоне, нике или ссылке сообщали как о мошенничестве.
offer-flag-guaranteed-outcome = 🎲 <b>Обещают «100% гарантию».</b> Никто не может гарантировать визу или экзамен; для Кореи даже сданный экзамен не гарантирует работу.
offer-flag-embassy-connections = 🎲 <b>Говорят о «связях в посольстве».</b> Это нельзя проверить — старый приём мошенников.
offer-flag-conflict-zone = 🪖 <b>Зона боевых действий.</b> Работу в зоне войны выдавали за стройку или охрану с очень высокой зарплатой.
offer-flag-conflict-pay = 🪖 <b>Очень высокая зарплата за стройку или охрану в России.</b> В 2022 году такое предложение (240 000 рублей в месяц) привело людей в зону боевых действий.

# What to do about each.
offer-advice-upfront-fee = 👉 Никому не платите и не переводите деньги за работу, визу или документы.
offer-advice-document-retention = 👉 Не отдавайте паспорт работодателю или посреднику: он всегда должен быть у вас.
offer-advice-unrealistic-pay = 👉 Посмотрите зарплату в письменном договоре и сравните с официальными вакансиями на сайте Агентства по миграции.
offer-advice-wrong-visa = 👉 Спросите, какую визу вы получите: для работы нужна рабочая виза или разрешение на работу этой страны.
offer-advice-no-contract = 👉 До отъезда получите письменный договор на понятном вам языке и сохраните копию.
offer-advice-messenger-only = 👉 Спросите полное название и адрес компании и проверьте их; не отправляйте документы и деньги через мессенджер.
offer-advice-urgency = 👉 Не спешите: настоящий работодатель подождёт, пока вы проверяете.
offer-advice-no-requirements = 👉 Попросите письменно описать работу, график и условия.
offer-advice-debt-bondage = 👉 До отъезда письменно договоритесь, кто платит за дорогу и визу: вы не должны быть должны работодателю.
offer-advice-targeted-recruitment = 👉 Не соглашайтесь. Если такое предложение получили вы или ваши знакомые, поговорите с человеком.
offer-advice-unverifiable-employer = 👉 Свяжитесь с работодателем напрямую через его официальный сайт. Сезонная работа в Великобритании — только через лицензированных операторов.
offer-advice-unlicensed-agency = 👉 Проверьте лицензию агентства через Агентство миграции (его официальные каналы).
offer-advice-guaranteed-outcome = 👉 Даты экзамена для Кореи (<code>EPS</code>) объявляет Агентство миграции; продавать «сдачу экзамена» за деньги — мошенничество.
offer-advice-conflict-zone = 👉 Не соглашайтесь. Если вы или ваш близкий уже уехали, поговорите с человеком прямо сейчас.

## Short titles of the flags, with the quoted words (the short report).
offer-flag-upfront-fee-title = 💸 <b>Просят деньги вперёд:</b> «<i>{ $evidence }</i>»
offer-flag-document-retention-title = 🛂 <b>Хотят забрать ваш паспорт:</b> «<i>{ $evidence }</i>»
offer-flag-unrealistic-pay-title = 💰 <b>Обещают очень большую зарплату:</b> «<i>{ $evidence }</i>»
offer-flag-salary-too-high-title = 💰 <b>Зарплата слишком высокая:</b> «<i>{ $evidence }</i>»
offer-flag-wrong-visa-title = 🛑 <b>Не та виза для работы:</b> «<i>{ $evidence }</i>»
offer-flag-no-contract-title = 📄 <b>Нет письменного договора:</b> «<i>{ $evidence }</i>»
offer-flag-messenger-only-title = 📱 <b>Только через мессенджер:</b> «<i>{ $evidence }</i>»
offer-flag-messenger-contacts-title = 📱 <b>Только контакт в мессенджере:</b> «<i>{ $evidence }</i>»
offer-flag-urgency-title = ⏰ <b>Торопят:</b> «<i>{ $evidence }</i>»
offer-flag-no-requirements-title = 🎓 <b>Никаких требований:</b> «<i>{ $evidence }</i>»
offer-flag-debt-bondage-title = ⛓ <b>Расходы вычтут из зарплаты:</b> «<i>{ $evidence }</i>»
offer-flag-targeted-recruitment-title = ⚠️ <b>Работа хостес, официанткой, танцовщицей или моделью:</b> «<i>{ $evidence }</i>»
offer-flag-targeted-combo-title = 🚨 <b>Женщин ищут на работу хостес, официанткой или танцовщицей — с требованиями к возрасту, внешности или с выездом за рубеж:</b> «<i>{ $evidence }</i>»
offer-flag-unverifiable-employer-title = ❓ <b>Работодателя нельзя проверить:</b> «<i>{ $evidence }</i>»
offer-flag-unlicensed-agency-title = 🚫 <b>Посредник без лицензии:</b> «<i>{ $evidence }</i>»
offer-flag-agency-revoked-title = 🚫 <b>Лицензия { $name } отозвана:</b> «<i>{ $evidence }</i>»
offer-flag-agency-suspended-title = 🚫 <b>Лицензия { $name } приостановлена:</b> «<i>{ $evidence }</i>»
offer-flag-agency-unknown-title = ❓ <b>{ $name }:</b> «<i>{ $evidence }</i>»
offer-flag-agency-no-reps-title = 🚫 <b>У { $name } нет представителей в Узбекистане:</b> «<i>{ $evidence }</i>»
offer-flag-reported-contact-title = 🚫 <b>Этот контакт отмечен как мошеннический:</b> «<i>{ $evidence }</i>»
offer-flag-guaranteed-outcome-title = 🎲 <b>Обещают «100% гарантию»:</b> «<i>{ $evidence }</i>»
offer-flag-embassy-connections-title = 🎲 <b>Говорят о «связях в посольстве»:</b> «<i>{ $evidence }</i>»
offer-flag-conflict-zone-title = 🪖 <b>Зона боевых действий:</b> «<i>{ $evidence }</i>»
offer-flag-conflict-pay-title = 🪖 <b>Очень высокая зарплата за стройку или охрану в России:</b> «<i>{ $evidence }</i>»

## The short report (risk line, three flags with one advice line each, what looks
## right, a "show all" button), the sourced pay references and the green signals.
offer-btn-show-all = 📋 Показать всё
offer-greens-header = ✅ <b>Что выглядит правильно:</b>
offer-green-no-fee = • работнику не нужно ничего платить
offer-green-employer-pays = • расходы оплачивает работодатель
offer-green-contract = • договор до выезда
offer-green-licensed = • указана лицензия (проверьте её в Агентстве миграции)
offer-green-passport = • паспорт остаётся у вас
offer-flag-agency-not-listed = ❓ <b>Агентства «{ $name }» нет в нашем списке.</b> Это не значит, что у него нет лицензии, но проверьте её в Агентстве миграции, прежде чем платить или подписывать.
offer-flag-pay-reference = 💰 <b>Зарплата намного выше обычной для этой работы.</b> Слишком высокая зарплата за работу без опыта — частая приманка фальшивых вакансий.
offer-pay-russia-courier = 💰 <b>Намного выше обычного:</b> «<i>{ $evidence }</i>». Обычно курьерам в России предлагают { $figure } в месяц ({ $cite }).
offer-pay-russia-loader = 💰 <b>Намного выше обычного:</b> «<i>{ $evidence }</i>». Обычно грузчикам в России предлагают { $figure } в месяц ({ $cite }).
offer-pay-russia-construction = 💰 <b>Намного выше обычного:</b> «<i>{ $evidence }</i>». На стройке в России обычно предлагают { $figure } в месяц ({ $cite }).
offer-pay-russia-cleaner = 💰 <b>Намного выше обычного:</b> «<i>{ $evidence }</i>». Дворникам в России обычно платят { $figure } в месяц ({ $cite }).
offer-pay-russia-taxi = 💰 <b>Намного выше обычного:</b> «<i>{ $evidence }</i>». В такси в Москве обычно предлагают { $figure } в месяц ({ $cite }).
offer-pay-russia-median = 💰 <b>Намного выше обычного:</b> «<i>{ $evidence }</i>». Половина работников в России получает меньше { $figure } в месяц ({ $cite }).
offer-pay-kazakhstan = 💰 <b>Намного выше обычного:</b> «<i>{ $evidence }</i>». Половина работников в Казахстане получает меньше { $figure } в месяц ({ $cite }).
offer-pay-turkey = 💰 <b>Намного выше обычного:</b> «<i>{ $evidence }</i>». Минимальная зарплата в Турции — { $figure } в месяц на руки ({ $cite }).
offer-pay-korea = 💰 <b>Намного выше обычного:</b> «<i>{ $evidence }</i>». Минимальная зарплата в Корее — { $figure } в месяц ({ $cite }); работа по EPS обычно оплачивается близко к ней.
offer-pay-uk = 💰 <b>Намного выше обычного:</b> «<i>{ $evidence }</i>». Минимальная оплата в Великобритании — { $figure } в час ({ $cite }); сезонным работникам платят близко к ней.
offer-pay-poland = 💰 <b>Намного выше обычного:</b> «<i>{ $evidence }</i>». Минимальная зарплата в Польше — около { $figure } в месяц на руки ({ $cite }).
offer-pay-germany = 💰 <b>Намного выше обычного:</b> «<i>{ $evidence }</i>». Минимальная оплата в Германии — { $figure } в час ({ $cite }).
offer-flag-agency-not-listed-title = ❓ <b>Нет в нашем списке:</b> «<i>{ $evidence }</i>»
offer-flag-pay-reference-title = 💰 <b>Зарплата намного выше обычной:</b> «<i>{ $evidence }</i>»
