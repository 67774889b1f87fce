# Review status: drafted, awaiting native-speaker review

menu-welcome = Здравствуйте! Я Safar. Я помогаю безопасно работать за границей: проверить предложение о работе, узнать правила страны и найти, куда обратиться за помощью.
menu-stale = Извините, это меню устарело. Вот главное меню.
menu-btn-main = 🏠 Главное меню
main-menu = Главное меню. Что вам нужно?

main-btn-check-offer = 🔍 Проверить вакансию
main-btn-countries = 🌍 Работа за рубежом: страны
main-btn-red-flags = ⚠️ Признаки фальшивой вакансии
main-btn-contacts = 📞 Помощь: контакты
main-btn-operator = 💬 Поговорить с человеком
main-btn-language = 🌐 Сменить язык

# Source: IOM, recognizing legitimate employment; ILO indicators of forced labour (2012);
# Employer Pays Principle; mehnat.uz (agencies may not charge citizens). See domain-brief §1–2.
main-red-flags =
    <b>Признаки фальшивой или опасной работы</b>
    • Вам написали первыми.
    • Зарплата намного выше обычной.
    • Просят деньги за работу, визу или билеты. Платить должен работодатель. В Узбекистане агентства не имеют права брать с граждан деньги за работу за границей.
    • Хотят забрать ваш паспорт.
    • Предлагают работать по туристической визе.
    • Нет письменного договора.
    • Общаются только в Telegram или WhatsApp.
    • Торопят с решением.
    • «Опыт и язык не нужны».
    • Молодых девушек зовут за границу работать хостес, официантками или танцовщицами.

    Никогда не платите за работу и никому не отдавайте паспорт.

# Sources: gov.uz/en/migration; yuz.uz (2025-08, single source: 12-82 and the bot);
# sputniknews.uz 2025-10-20 (office in Russia). See domain-brief §2.
main-contacts =
    <b>Куда обратиться за помощью</b>

    <b>Агентство миграции</b> (Migratsiya agentligi)
    Сайт: gov.uz/en/migration

    Короткий номер Агентства: <b>12-82</b>
    Telegram-бот: @huquqiyyordamuzbot
    <i>Номер и бот указаны только в одном источнике. Проверьте их на официальном сайте Агентства.</i>

    <b>Представительство Агентства миграции в России</b>
    Телефон: +7 925 045 4744
    Адрес: Москва, 1-й Казачий пер., 11/2
