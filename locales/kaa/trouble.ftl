# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte

trouble-btn-steps = 🚶 Házir ne islew kerek
trouble-btn-passport = 🛂 Pasportımdı alıp qoydı
trouble-btn-passport-lost = 📕 Pasportımdı joǵalttım, urlap ketti
trouble-btn-unpaid = 💰 Aylıq bermey atır
trouble-btn-scammed = 💸 Pul tóledim, meni aldadı
trouble-btn-report-abroad = 📣 Jumıs islegen mámlekette qayaqqa shaǵım beriw
trouble-btn-detained = 🚓 Uslap aldı, deportaciya
trouble-btn-health = 🩺 Kesellik, jumısta jaraqat
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
# fergana.media/news/145041 (406 migrants got their documents back in 2025);
# sputniknews.uz/20251020 (Agency office in Russia). Contacts first; asking for the passport
# back only if it is safe (issue 13).
trouble-passport =
    <b>Pasportıńızdı alıp qoydı ma?</b>

    Jumıs beriwshi yamasa araǵa túsiwshi pasportıńızdı alıp qalmawı kerek. Hújjetlerdi alıp qoyıw — májbúriy miynet belgisi.

    1. Aldı menen járdem sorań: adam menen sóylesiń (tómendegi túyme), Ózbekstan konsullıǵına, Rossiyada bolsa Migraciya agentliginiń wákilxanasına múrájat etiń: +7 925 045 4744.
    2. Pasporttıń nusqası yamasa súwreti bolsa, saqlań.
    3. Pasporttı qaytarıp sorawǵa tek qáwipsiz bolsa ǵana boladı. Bas tartsa yamasa qorqıtsa — tartıspań, ol jerden ketiń hám járdem sorań.

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

# Source: kun.uz/ru/news/2020/07/10 (consulates in Russia, 2020); uz.kursiv.media 2025-04-13
# (Istanbul); aniq.uz 2026-01-27 (Seoul); sputniknews.uz/20251020 (Agency office in Russia).
# The brief names no document, fee or form for going home: the text says whom to ask.
trouble-passport-lost =
    <b>Pasportıńız joǵaldı ma yamasa urlandı ma?</b>

    • Turǵan mámleketińizdegi Ózbekstan elshixanasına yamasa konsullıǵına múrájat etiń. Elge qaytıw ushın sizge qanday hújjet beriletuǵının hám oǵan ne kerek ekenin sorań.
    • Rossiyada Migraciya agentliginiń wákilxanasına da múrájat etiwge boladı: +7 925 045 4744, Moskva, 1-y Kazachiy per. 11/2.
    • Pasporttıń nusqası yamasa súwreti bolsa, ózińiz benen alıp barıń.

    Pasporttı jumıs beriwshi yamasa araǵa túsiwshi alıp qoyǵan bolsa — bul basqa jaǵday: «Pasportımdı alıp qoydı» túymesin basıń.

# Sources: sputniknews.uz/20251020 (Agency office in Russia); m.koreatimes.co.kr newsIdx=376806
# (HUG Korea 1577-0071); korea.net 2018-03-27 (1345); khaleejtimes.com (MOHRE 80060, 24/7,
# 20 languages); welcomeqatar.com 2020-04-20 (SMS 92727); modernslaveryhelpline.org
# (08000 121 700, free, 24/7). Domain brief §7.
trouble-report-abroad =
    <b>Jumıs islegen mámlekette qayaqqa shaǵım beriw kerek</b>
    Aylıq bermese yamasa aldaǵan bolsa:

    • Rossiya: Migraciya agentliginiń wákilxanası, +7 925 045 4744.
    • Qubla Koreya: <code>HUG Korea</code>, shet ellik jumısshılarǵa másláhát, 1577-0071; immigraciya orayı 1345.
    • BAA: miynet ministrligi (<code>MOHRE</code>) shaǵımları, 80060 — biypul, kún-tún, 20 tilde.
    • Qatar: 92727 nomerine SMS (2020-jılǵı maǵlıwmat).
    • Ullı Britaniya: ekspluataciya boyınsha járdem liniyası (<code>Modern Slavery &amp; Exploitation Helpline</code>), 08000 121 700 — biypul, kún-tún.
    • Basqa mámleketlerde: Ózbekstan konsullıǵı yamasa Migraciya agentligi.

    Shártnamanı, jazısıwlardı hám pul awdarmalarınıń cheklerin saqlań.

# Source: sputniknews.uz/20251020 (Agency office in Russia; 3–10 year entry bans);
# kun.uz/ru/news/2020/07/10 (consulates). The brief gives no rights in detention: advice only.
trouble-detained =
    <b>Sizdi uslap aldı ma yamasa deportaciya qáwpi bar ma?</b>

    • Tınısh bolıń, qarsılıq kórsetpeń.
    • Túsinbegen qaǵazlarıńızǵa qol qoymań. Olardı awdarıp beriwdi sorań.
    • Shańaraǵıńızǵa qay jerde ekenińizdi xabarlań.
    • Ózbekstan konsullıǵı menen baylanısıwdı sorań.
    • Rossiyada: Migraciya agentliginiń wákilxanası, +7 925 045 4744.

    Qaǵıydalardı qayta-qayta buzǵan adamǵa Rossiyaǵa kiriw 3 jıldan 10 jılǵa shekem qadaǵan etiliwi múmkin. Qadaǵandı qalay tekseriw hám oǵan shaǵım beriw — tómendegi túymede.

# Sources (domain brief §7): mos.ru (Russia 103, 112); egov.kz 2021 (Kazakhstan 103, 112);
# postgazetesi.ch (Turkey 112); citiesinsider.com (Korea 119, third-party);
# wellingtonpractice.co.uk (UK 999); 112.gov.pl 2018 (Poland 112); mainz.de (Germany 112);
# emirates247.com 2015 (UAE 998); arabnews.com (Saudi 911); wgoqatar.com (Qatar 999);
# m.koreatimes.co.kr (HUG Korea 1577-0071); khaleejtimes.com (MOHRE 80060).
trouble-health =
    <b>Kesellik yamasa jumısta jaraqat</b>

    • Aldı menen — medicinalıq járdem. Tez járdem: Rossiya — 103 yamasa 112; Qazaqstan — 103 yamasa 112; Túrkiya — 112; Qubla Koreya — 119; Ullı Britaniya — 999; Polsha hám Germaniya — 112; BAA — 998; Saudiya Arabstanı — 911; Qatar — 999.
    • Shıpaker anıqlamaların, cheklerdi, jaraqattıń súwretin hám gúwalardıń atların saqlań.
    • Qashan hám qalay bolǵanın jazıp qoyıń.
    • Jumıs beriwshi járdem bermese yamasa pul tólemese: Koreyada — <code>HUG Korea</code>, 1577-0071; BAA-da — <code>MOHRE</code>, 80060; basqa mámleketlerde — Ózbekstan konsullıǵı yamasa Migraciya agentligi.

trouble-btn-emergency = 🆘 Házir turǵan mámleketimniń tótenshe nomerleri
trouble-btn-safety = 📵 Telefon qáwipsizligi

# No facts: how Telegram and Safar's own /forget behave.
trouble-safety =
    <b>Telefon qáwipsizligi</b>

    • Bul chattı telefonıńız qolına túsken adam oqıwı múmkin. Eger bul qáwipli bolsa, sáwbetten keyin chattı óshiriń: Telegramdaǵı chatlar diziminde usı chattı barmaǵıńız benen basıp turıń hám «Óshiriw»di tańlań.
    • /forget buyrıǵı Safar siz haqqıńızda saqlaǵan maǵlıwmatlardı óshiredi, biraq telefonıńızdaǵı bul chattı óshirmeydi: onı ózińiz óshiriń.
    • Házir turǵan mámleketińizdiń tótenshe nomerin qaǵazǵa jazıp qoyıń yamasa yadlap alıń (tómendegi túyme).
