# Review status: drafted, awaiting native-speaker review

menu-welcome = Здравствуйте! Я Safar. Я помогаю безопасно работать за границей: проверить предложение о работе, узнать правила страны и найти, куда обратиться за помощью.
menu-stale = Извините, это меню устарело. Вот главное меню.
menu-btn-main = 🏠 Главное меню
main-menu = Главное меню. Что вам нужно?

main-btn-check-offer = 🔍 Проверить вакансию
main-btn-before = 🧳 Перед отъездом
main-btn-countries = 🌍 Работа за рубежом: страны
main-btn-rights = ⚖️ Торговля людьми и ваши права
main-btn-trouble = 🆘 Я в беде прямо сейчас
main-btn-quiz = ❓ Тест: безопасна ли вакансия?
main-btn-contacts = 📞 Помощь: контакты
main-btn-operator = 💬 Поговорить с человеком
main-btn-alerts = 🔔 Оповещения
main-btn-language = 🌐 Сменить язык
