# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte

rights-btn-red-flags = ⚠️ Jalǵan jumıs belgileri
rights-btn-at-work = 🚷 Jumıstaǵı qáwip belgileri
rights-btn-passport = 🛂 Pasport nege ózińizde bolıwı kerek
rights-btn-debt = ⛓ Qarız qullıǵı
rights-btn-women = 👩 Hayal-qızlarǵa: júklilik, jınıslıq qısım
rights-btn-domestic = 🏠 Basqanıń úyinde islew
rights-btn-help-me = 🙋 Bul men menen bolıp atır
rights-btn-help-other = 👥 Bul tanısım menen bolıp atır
rights-btn-back = ⬅️ Huqıqlar: barlıq temalar

# Source: respect.international (ILO indicators of forced labour, 2012).
rights-start =
    <b>Adam sawdası hám huqıqlarıńız</b>

    Májbúriy miynettiń 11 belgisi bar. Bir belgi de qáwipli bolıwı múmkin, kóbinese bir neshesi birge keledi.

    Siz ayıplı emessiz. Járdem soraw múmkin.

    Temanı saylań.

# Source: romania.iom.int (IOM, recognizing legitimate employment); respect.international (ILO
# indicators of forced labour, 2012); iris.iom.int (Employer Pays Principle); mehnat.uz (agencies
# may not charge citizens). See domain-brief §1–2.
rights-red-flags =
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

# Source: respect.international (ILO indicators of forced labour, 2012: the 11 indicators).
rights-at-work =
    <b>Jumısta májbúriy miynet belgileri</b>
    • Jumıs yamasa aylıq haqqında aldadı.
    • Qıyın jaǵdayıńızdan paydalanadı.
    • Ketiwińizge jol qoymaydı, qamap qoyadı.
    • Sizdi adamlardan hám shańaraǵıńızdan ajıratıp qoydı.
    • Uradı yamasa jınıslıq zorlıq isleydi.
    • Qorqıtadı, qáwip saladı.
    • Hújjetlerińizdi alıp qoydı.
    • Aylıǵıńızdı bermey atır.
    • «Qarızıńdı islep óte» deydi.
    • Jasaw hám jumıs sharayatları júdá jaman.
    • Shamadan tıs kóp isletedi.

    Bir belgi de jeterli bolıwı múmkin. Járdem sorań.

# Source: respect.international (ILO, 2012: retention of identity documents);
# fergana.media/news/145041 (406 migrants got their documents back in 2025).
rights-passport =
    <b>Pasportıńız — tek sizdiki</b>

    Jumıs beriwshi yamasa araǵa túsiwshi pasportıńızdı alıp qalmawı kerek — «saqlap turamız» dese de. Xalıqaralıq miynet shólkemi hújjetlerdi alıp qoyıwdı májbúriy miynet belgisi dep esaplaydı.

    Pasportsız siz kete almaysız, kim ekenińizdi dálilley almaysız hám basqalarǵa ǵárezli bolıp qalasız.

    2025-jılı 406 migrant hújjetlerin jumıs beriwshiler hám araǵa túsiwshilerden qaytarıp alǵan.

# Source: respect.international (ILO, 2012: debt bondage); khaleejtimes.com (Dubai case);
# iris.iom.int (Employer Pays Principle).
rights-debt =
    <b>Qarız qullıǵı</b>

    Araǵa túsiwshi biletińiz hám vizańızdıń pulın tóleydi, keyin «qarızdı aylıǵıńnan óteysen» deydi. Qarız ósip baradı, al siz kete almaysız. Bul — qarız qullıǵı, májbúriy miynet belgisi.

    Mısalı: Dubayda ayına 1000 dollar wáde etilgen adamnıń pasportın alıp qoyǵan, «viza hám jol pulın qaytar» degen hám onı jezókshelikke májbúrlegen.

    Jumıs ushın qarız almań: jol hám jumısqa alıw qárejetlerin jumıs beriwshi tólewi kerek.

# Source: fergana.media/news/145041 (the Agency handled 20,000+ appeals in 2025).
rights-help-me =
    <b>Bul siz benen bolıp atırǵan bolsa</b>

    1. Qáwip astında bolsańız, aldı menen qáwipsiz jerge shıǵıń.
    2. Qay jerde ekenińizdi, jumıs beriwshi hám araǵa túsiwshiniń atın, telefonın hám mánzilin jazıp alıń.
    3. Xabarlardı, cheklerdi hám shártnamanı saqlań: olar dálil.
    4. Migraciya agentligine yamasa Ózbekstan konsullıǵına múrájat etiń. 2025-jılı Agentlik 20 000 nan aslam múrájattı kórip shıqqan.

    Adam menen sóylesiw ushın birinshi túymeni basıń.

rights-help-other =
    <b>Bul tanısıńız benen bolıp atırǵan bolsa</b>

    • Onıń menen tınısh sóylesiń, onı ayıplamań.
    • Bilgenlerińizdi jazıp alıń: ol qaysı mámlekette, qaysı qalada, kim menen, telefon nomerleri.
    • Onıń hújjetleriniń nusqası sizde bolsa, saqlań.
    • Migraciya agentligine yamasa Ózbekstan konsullıǵına xabar beriń.
    • Ózińiz qáwipli jerge barmań.

    Ne islewdi bilmeseńiz, adam menen sóylesiń.

# Source: respect.international (ILO, 2012: physical and sexual violence). The brief has no
# rule on pregnancy or harassment for any country: the text says what to do and whom to ask.
rights-women =
    <b>Hayal-qızlarǵa: júklilik hám jınıslıq qısım</b>

    <b>Júklilik.</b> Júkli bolǵanıńız ushın sizdi jumıstan bosatsa yamasa ketiwge májbúrlese, túsinbegen yamasa razı bolmaǵan jumıstan bosatıw qaǵazlarına qol qoymań. Shártnamanı hám jazısıwlardı saqlań. Huqıqlarıńızdı Ózbekstan konsullıǵınan yamasa Migraciya agentliginen sorań.

    <b>Jınıslıq qısım hám zorlıq.</b> Jınıslıq zorlıq — májbúriy miynet belgisi. Siz ayıplı emessiz. Qáwip bolsa, qáwipsiz jerge ketiń hám járdem sorań. Adam menen sóylesiw — tómendegi túyme.

# Sources: respect.international (ILO, 2012: isolation, restriction of movement, retention of
# documents); migrationpolicy.unescwa.org (UAE Decree-Law 33/2021); turantimes.kz 2023-10-16
# (Kazakhstan contact centre 111).
rights-domestic =
    <b>Basqanıń úyinde islew</b>
    Nyanya, qarawshı, úy xızmetkeri — siz islegen jerińizde jasaysız.

    • Pasportıńızdı hám telefonıńızdı ózińizde saqlań. BAA-da nızam jumıs beriwshige jumısshınıń hújjetlerin alıp qoyıwdı qadaǵan etedi.
    • Jasap atırǵan jerińizdiń anıq mánzilin biliń hám shańaraǵıńızǵa aytıń.
    • Jumıs saatları, dem alıs kúnleri hám aylıq haqqında jazba túrde kelisip alıń.
    • Úyden shıǵarmasa, shańaraqtan ajıratsa, hújjetlerdi alıp qoysa — bular májbúriy miynet belgileri.
    • Qazaqstan: 111 birden-bir baylanıs orayı (shańaraq, hayal-qızlar, balalar) — kún-tún, biypul.
