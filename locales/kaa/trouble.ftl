# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte

trouble-btn-steps = 🚶 Házir ne islew kerek
trouble-btn-passport = 🛂 Pasportımdı alıp qoydı
trouble-btn-unpaid = 💰 Aylıq bermey atır
trouble-btn-scammed = 💸 Pul tóledim, meni aldadı
trouble-btn-back = ⬅️ Basqa jaǵday

trouble-start =
    <b>Házir qıyın jaǵdaydasız ba?</b>

    Siz jalǵız emessiz. Eń aldı menen óz qáwipsizligińiz haqqında oylań.

    Adam menen sóylesiw ushın birinshi túymeni basıń. Yamasa jaǵdayıńızdı saylań.

trouble-steps =
    <b>Házir ne islew kerek</b>

    • Qáwipsiz jerge shıǵıń, múmkin bolsa — adamlar kóp jerge.
    • Telefonıńızdı zaryadlań. Shańaraǵıńızǵa qay jerde ekenińizdi jazıń.
    • Jumıs beriwshi hám araǵa túsiwshiniń atın, telefonın hám mánzilin jazıp alıń.
    • Túsinbegen qaǵazǵa qol qoymań, basqa pul bermeń.
    • Migraciya agentligine yamasa Ózbekstan konsullıǵına múrájat etiń (tómendegi «Járdem: baylanıslar» túymesi).

# Source: respect.international (ILO, 2012: retention of identity documents);
# fergana.media/news/145041 (406 migrants got their documents back in 2025).
trouble-passport =
    <b>Pasportıńızdı alıp qoydı ma?</b>

    Hújjetlerdi alıp qoyıw — májbúriy miynet belgisi. Jumıs beriwshi pasportıńızdı alıp qalmawı kerek.

    • Pasportıńızdı tınısh qaytarıp sorań.
    • Pasporttıń nusqası yamasa súwreti bolsa, saqlań.
    • Migraciya agentligine yamasa Ózbekstan konsullıǵına múrájat etiń.

    2025-jılı 406 migrant hújjetlerin jumıs beriwshiler hám araǵa túsiwshilerden qaytarıp alǵan.

# Source: respect.international (ILO, 2012: withholding of wages);
# fergana.media/news/145041 ($1.9 million in unpaid wages recovered by the Agency in 2025).
trouble-unpaid =
    <b>Aylıq bermey atır ma?</b>

    Aylıqtı ustap qalıw — májbúriy miynet belgisi.

    • Islegen kúnlerińizdi hám saatlarıńızdı jazıp barıń.
    • Shártnamanı, xabarlardı hám pul awdarmaların saqlań.
    • Migraciya agentligine múrájat etiń. 2025-jılı Agentlik migrantlardıń tólenbegen 1,9 million dollar aylıǵın óndirip bergen.

# Source: tashkenttimes.uz/national/13914 (the Agency licenses and inspects agencies).
trouble-scammed =
    <b>Pul tólep, aldandıńız ba?</b>

    • Basqa pul tólemeń — «jáne azǵana qaldı» dese de.
    • Barlıq dálillerdi saqlań: chek, pul awdarması, jazısıwlar, telefon nomerleri, daǵaza.
    • Migraciya agentligine xabar beriń: ol agentliklerge licenziya beredi hám olardı tekseredi.
    • Basqalardı da eskertiń.

trouble-btn-emergency = 🆘 Házir turǵan mámleketimniń tótenshe nomerleri
trouble-btn-safety = 📵 Telefon qáwipsizligi

# No facts: how Telegram and Safar's own /forget behave.
trouble-safety =
    <b>Telefon qáwipsizligi</b>

    • Bul chattı telefonıńız qolına túsken adam oqıwı múmkin. Eger bul qáwipli bolsa, sáwbetten keyin chattı óshiriń: Telegramdaǵı chatlar diziminde usı chattı barmaǵıńız benen basıp turıń hám «Óshiriw»di tańlań.
    • /forget buyrıǵı Safar siz haqqıńızda saqlaǵan maǵlıwmatlardı óshiredi, biraq telefonıńızdaǵı bul chattı óshirmeydi: onı ózińiz óshiriń.
    • Házir turǵan mámleketińizdiń tótenshe nomerin qaǵazǵa jazıp qoyıń yamasa yadlap alıń (tómendegi túyme).
