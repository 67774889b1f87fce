# Review status: drafted, awaiting native-speaker review

contacts-btn-russia = 🇷🇺 В России
contacts-btn-hotlines = ☎️ Телефоны доверия
contacts-btn-consulates = 🏛 Посольства и консульства
contacts-btn-back = ⬅️ Все контакты

# Sources: gov.uz/en/migration/pages/about; tashkenttimes.uz/national/13914; yuz.uz/a/ru/129171
# (2025-08, single source ⚠: 12-82 and the bot); pravouz.com 2025-08-28 (resource centre).
contacts-start =
    <b>Агентство миграции</b> (Migratsiya agentligi)
    Агентство при Кабинете министров: работа за рубежом, лицензии агентств, обращения мигрантов.

    Сайт: gov.uz/en/migration

    Короткий номер: <b>12-82</b>
    Telegram-бот: @huquqiyyordamuzbot
    <i>Номер и бот указаны только в одном источнике. Уточните их через Агентство миграции (на его официальном сайте).</i>

    В августе 2025 года в Ташкенте вместе с Агентством открылся ресурсный центр для мигрантов.

    Другие контакты — на кнопках ниже.

# Source: sputniknews.uz/20251020 (Agency office in Russia); kun.uz/ru 2020-07-10 (consulates).
contacts-russia =
    <b>Представительство Агентства миграции в России</b>
    Телефон: +7 925 045 4744
    Адрес: Москва, 1-й Казачий пер., 11/2

    С вашими вопросами в России обращайтесь сюда.

    Посольство и консульства Узбекистана в России — на кнопке «Посольства и консульства».

# Sources: hook.report 2022-08-05 (Istiqbolli Avlod hotline since 2003); muslim.uz 2018-07-30
# (emergency line ⚠ 2018); old.customs.uz/en/news/view/2232 (11-08 ⚠ undated);
# rovienna.iom.int/uzbekistan (IOM office line ⚠, not a hotline).
contacts-hotlines =
    <b>Телефоны доверия</b>

    <b>«Istiqbolli avlod»</b> — общественная организация, телефон доверия работает с 2003 года.
    Экстренная линия: +998 95 143 94 94
    <i>Номер из источника 2018 года — уточните через Агентство миграции.</i>

    <b>Государственный таможенный комитет</b> — телефон доверия по торговле людьми: 11-08
    <i>В источнике нет даты — уточните через Агентство миграции.</i>

    <b>Международная организация по миграции (МОМ)</b> — телефон офиса, не горячая линия: +998 71 120 5697, iomuz@iom.int
    <i>Уточните через Агентство миграции.</i>

# Sources: kun.uz/ru/news/2020/07/10 (consulates in Russia, list of 2020); uz.kursiv.media
# 2025-04-13 (Istanbul); aniq.uz 2026-01-27 (Seoul). Brief §2: no verified phone numbers.
contacts-consulates =
    <b>Посольства и консульства Узбекистана</b>

    • Россия: Москва (посольство), Санкт-Петербург, Екатеринбург, Владивосток, Казань, Ростов-на-Дону, Новосибирск (список 2020 года).
    • Турция: Стамбул (Генеральное консульство).
    • Южная Корея: Сеул (посольство).

    Проверенных номеров их телефонов у нас нет. Адрес и телефон узнайте в Агентстве миграции.
