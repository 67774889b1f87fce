# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte

contacts-btn-russia = 🇷🇺 Rossiyada
contacts-btn-hotlines = ☎️ Isenim telefonları
contacts-btn-consulates = 🏛 Elshixana hám konsullıqlar
contacts-btn-back = ⬅️ Barlıq baylanıslar

# Sources: gov.uz/en/migration/pages/about; tashkenttimes.uz/national/13914; yuz.uz/a/ru/129171
# (2025-08, single source ⚠: 12-82 and the bot; brief §7: no source says it works from a
# foreign SIM); sputniknews.uz/20251020 (Agency office in Russia); pravouz.com 2025-08-28.
contacts-start =
    <b>Migraciya agentligi</b>
    Ministrler Kabineti janındaǵı agentlik: shet elde jumıs, agentliklerdiń licenziyası, migrantlardıń múrájatları.

    Sayt: gov.uz/en/migration

    Qısqa nomer: <b>12-82</b> — Ózbekstan nomerinen; shet elden islemewi múmkin.
    Telegram-bot: @huquqiyyordamuzbot
    <i>Nomer hám bot tek bir derekte kórsetilgen. Olardı Migraciya agentligi arqalı (rásmiy saytında) tastıyıqlań.</i>

    Shet elde qáwip bolsa, aldı menen sol mámlekettiń shuǵıl nomerine qońıraw etiń. Rossiyada — Agentlik wákilxanası («Rossiyada» túymesi).

    2025-jıl avgustta Tashkentte Agentlik penen birge migrantlar ushın resurs orayı ashıldı.

# Source: sputniknews.uz/20251020 (Agency office in Russia); kun.uz/ru 2020-07-10 (consulates).
contacts-russia =
    <b>Migraciya agentliginiń Rossiyadaǵı wákilxanası</b>
    Telefon: +7 925 045 4744
    Mánzil: Moskva, 1-y Kazachiy per. 11/2

    Rossiyadaǵı sorawlarıńız boyınsha usı jerden sorań.

    Rossiyadaǵı Ózbekstan elshixanası hám konsullıqları — «Elshixana hám konsullıqlar» túymesinde.

# Sources: hook.report 2022-08-05 (Istiqbolli Avlod hotline since 2003); muslim.uz 2018-07-30
# (emergency line ⚠ 2018); old.customs.uz/en/news/view/2232 (11-08 ⚠ undated);
# rovienna.iom.int/uzbekistan (IOM office line ⚠, not a hotline).
contacts-hotlines =
    <b>Isenim telefonları</b>

    <b>«Istiqbolli avlod»</b> — jámiyetlik shólkem, 2003-jıldan beri isenim telefonı isleydi.
    Shuǵıl liniya: +998 95 143 94 94
    <i>Nomer 2018-jılǵı derekte — Migraciya agentligi arqalı tastıyıqlań.</i>

    <b>Mámleketlik bajıxana komitetiniń</b> adam sawdasına qarsı isenim telefonı: 11-08 — Ózbekstan nomerinen; shet elden islemewi múmkin.
    <i>Derekte sáne joq — Migraciya agentligi arqalı tastıyıqlań.</i>

    <b>Xalıqaralıq migraciya shólkemi (<code>IOM</code>)</b> — keńse telefonı, isenim telefonı emes: +998 71 120 5697, iomuz@iom.int
    <i>Migraciya agentligi arqalı tastıyıqlań.</i>

# Sources: kun.uz/ru/news/2020/07/10 (consulates in Russia, list of 2020); uz.kursiv.media
# 2025-04-13 (Istanbul); aniq.uz 2026-01-27 (Seoul). Brief §2: no verified phone numbers.
contacts-consulates =
    <b>Ózbekstan elshixanaları hám konsullıqları</b>

    • Rossiya: Moskva (elshixana), Sankt-Peterburg, Yekaterinburg, Vladivostok, Qazan, Rostov-na-Donu, Novosibirsk (2020-jılǵı dizim).
    • Túrkiya: Stambul (Bas konsullıq).
    • Qubla Koreya: Seul (elshixana).

    Olardıń tekserilgen telefon nomerleri bizde joq. Mánzil hám telefondı Migraciya agentliginen sorań.
