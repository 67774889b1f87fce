# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte

menu-welcome = Assalawma áleykum! Men — Safar. Shet elde qáwipsiz islewińizge járdem beremen: jumıs usınısın tekseriw, mámleketlerdiń qaǵıydaların biliw hám kimge múrájat etiwdi tabıw.
menu-stale = Keshiriń, bul menyu eskirgen. Mine, bas menyu.
menu-btn-main = 🏠 Bas menyu
main-menu = Bas menyu. Sizge ne kerek?

main-btn-check-offer = 🔍 Jumıs usınısın tekseriw
main-btn-countries = 🌍 Shet elde jumıs: mámleketler
main-btn-red-flags = ⚠️ Jalǵan jumıs belgileri
main-btn-contacts = 📞 Járdem: baylanıslar
main-btn-operator = 💬 Adam menen sóylesiw
main-btn-language = 🌐 Tildi ózgertiw

# Source: IOM, recognizing legitimate employment; ILO indicators of forced labour (2012);
# Employer Pays Principle; mehnat.uz (agencies may not charge citizens). See domain-brief §1–2.
main-red-flags =
    <b>Jalǵan yamasa qáwipli jumıs usınısınıń belgileri</b>
    • Sizge birinshi bolıp ózleri jazdı.
    • Aylıq ádettegiden álleqayda joqarı.
    • Jumıs, viza yamasa bilet ushın sizden pul soraydı. Bul qárejetlerdi jumıs beriwshi tólewi kerek. Ózbekstanda agentlikler shet eldegi jumıs ushın puqaralardan pul alıwı múmkin emes.
    • Pasportıńızdı alıp qalmaqshı.
    • Turistlik viza menen islewdi usınadı.
    • Jazba shártnama joq.
    • Tek Telegram yamasa WhatsApp arqalı sóylesedi.
    • Asıqtıradı.
    • «Tájiriybe de, til de kerek emes».
    • Jas qızlardı shet elge hostes, oficiant yamasa biyshi bolıp islewge shaqıradı.

    Hesh qashan jumıs ushın pul tólemeń hám pasportıńızdı hesh kimge bermeń.

# Sources: gov.uz/en/migration; yuz.uz (2025-08, single source: 12-82 and the bot);
# sputniknews.uz 2025-10-20 (office in Russia). See domain-brief §2.
main-contacts =
    <b>Járdem ushın kimge múrájat etiw kerek</b>

    <b>Migraciya agentligi</b> (Migratsiya agentligi)
    Sayt: gov.uz/en/migration

    Agentliktiń qısqa nomeri: <b>12-82</b>
    Telegram-bot: @huquqiyyordamuzbot
    <i>Bul nomer hám bot tek bir derekte kórsetilgen. Olardı Agentliktiń rásmiy saytında tekseriń.</i>

    <b>Migraciya agentliginiń Rossiyadaǵı bólimi</b>
    Telefon: +7 925 045 4744
    Mánzil: Moskva, 1-y Kazachiy per. 11/2
