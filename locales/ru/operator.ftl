# Review status: drafted, awaiting native-speaker review

operator-unavailable = Разговор с человеком через этот бот пока не работает. Чтобы связаться с Агентством миграции, откройте «Помощь: контакты» в главном меню.
