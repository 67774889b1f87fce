# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte

countries-list = Mámleketti saylań.
countries-btn-russia = 🇷🇺 Rossiya
countries-btn-kazakhstan = 🇰🇿 Qazaqstan
countries-btn-turkey = 🇹🇷 Túrkiya
countries-btn-korea = 🇰🇷 Qubla Koreya
countries-btn-korea-fraud = 🚨 Koreya: imtixan aldawshıları
countries-btn-korea-leave = 🚪 Koreya: jumıs beriwshiden ketiw
countries-btn-uk = 🇬🇧 Ullı Britaniya
countries-btn-uk-fraud = 🚨 Britaniya: aldawlar
countries-btn-poland = 🇵🇱 Polsha
countries-btn-germany = 🇩🇪 Germaniya
countries-btn-uae = 🇦🇪 BAA
countries-btn-saudi = 🇸🇦 Saudiya Arabstanı
countries-btn-qatar = 🇶🇦 Qatar
countries-btn-list = 🌍 Basqa mámleketler
countries-btn-russia-topics = ⬅️ Rossiya: barlıq temalar
countries-btn-next-topic = ➡️ Keyingi tema
countries-btn-ru-registration = 📝 Dizimnen ótiw: 15 kún
countries-btn-ru-90days = 📅 90 kún qaǵıydası
countries-btn-ru-patent = 💳 Patent: 30 kún
countries-btn-ru-patent-pay = 💵 Patent: tólew hám jumıstı almastırıw
countries-btn-ru-medical = 🩺 Medicinalıq kórik hám barmaq izleri
countries-btn-ru-exam = 🖥 Imtixan: til, tariyx, nızam
countries-btn-ru-ruid = 📱 RuID xabarlaması
countries-btn-ru-register = 🚫 «Qadaǵalawdaǵı adamlar» reestri
countries-btn-ru-ban = ⛔ Kiriwge qadaǵan hám shaǵım

# Sources: see the `russia` node in dialogues/countries.yaml and domain-brief §3.
countries-russia =
    <b>Rossiya: tiykarǵı múddetler</b>

    Rossiyaǵa kirgennen keyin:
    • 15 kún ishinde — dizimnen ótiń (registraciya);
    • 30 kún ishinde — islew ushın patentke hújjet tapsırıń;
    • 30 kún ishinde — medicinalıq kórik hám barmaq izleri.

    Patentińiz de, jumısıńız da bolmasa, bir kalendar jılda 90 kúnnen artıq tura almaysız.

    Tolıǵıraq biliw ushın temanı saylań.

# Source: mondaq.com 2022-06-28 (agreement in force 2022); sputniknews.uz/20251020 (an Agency
# notice says "15 working days": the brief says use 15 days, per the agreement).
countries-ru-registration =
    <b>Rossiya: dizimnen ótiw (registraciya)</b>

    Ózbekstan puqaraları Rossiyaǵa kirgennen keyin 15 kún dawamında dizimnen ótpewi múmkin. Bul 2022-jıldan beri kúshte bolǵan eki mámleket kelisiminde jazılǵan.

    15 kún tamamlanbastan aldın migraciyalıq esapqa turıń.

    Geyde «15 jumıs kúni» deydi. Táwekel etpeń: 15 ápiwayı kún dep esaplań.

# Source: nakanune.ru 2024-12-26 (260-FZ).
countries-ru-90days =
    <b>Rossiya: 90 kún qaǵıydası</b>

    2025-jıl 1-yanvardan vizasız kelgen shet elliler Rossiyada bir kalendar jılda 90 kúnnen artıq bola almaydı (260-FZ nızamı).

    Bul sheklew patenti bar yamasa rásmiy islep atırǵan adamlarǵa tiyisli emes.

    Islewdi qáleseńiz, patentti óz waqtında alıń.

# Source: Agency's Fergana Telegram channel (patent within 30 calendar days, fine).
# rbc.ru 2025-11-11 (Moscow 10,000 a month in 2026); riamo.ru 2025-11-14, radio1.ru (Moscow
# region 10,000); uz.sputniknews.ru 2025-12-21 (St Petersburg 8,000). Domain brief §6.
countries-ru-patent =
    <b>Rossiya: islew ushın patent</b>

    Rossiyaǵa kirgennen keyin 30 kalendar kún ishinde patentke hújjet tapsırıń.

    Keshikseńiz — 10 000 nan 15 000 rublge shekem járiyma.

    Patent ushın hár ay tólenedi. 2026-jılı: Moskva hám Moskva oblastı — ayına 10 000 rubl, Sankt-Peterburg — 8 000. Tolıǵıraq — keyingi betde.

# Sources (domain brief §6): rbc.ru 2025-11-11 (Moscow: NDFL advance 8,900 → 10,000 a month in
# 2026); riamo.ru 2025-11-14 and radio1.ru 2025-11-20 (Moscow region 10,000);
# uz.sputniknews.ru 2025-12-21 (St Petersburg 8,000); 360.ru 2025-11-30 (St Petersburg: no
# taxi or delivery work on a patent); sputniknews.uz/20251020 (Agency office in Russia).
# The brief has no rule on changing employer: the text says whom to ask.
countries-ru-patent-pay =
    <b>Rossiya: patent tólewi hám jumıstı almastırıw</b>

    • Patent ushın hár ay aldınnan tólenedi (NDFL salıǵı). 2026-jılı: Moskva — ayına 10 000 rubl, Moskva oblastı — 10 000, Sankt-Peterburg — 8 000. Basqa oblasttaǵı summanı Migraciya agentliginiń wákilxanasınan sorań.
    • Tólem cheklerin hámmesin saqlań.
    • Sankt-Peterburgta patent penen taksi hám jetkerip beriw jumısında islewge bolmaydı.
    • Jumıs beriwshini almastırmaqshısız ba? Aldı menen Migraciya agentliginiń wákilxanasınan ne islew kerek ekenin sorań: +7 925 045 4744.

# Source: brightuzbekistan.uz 2021-12; 24.kg 2021-12.
countries-ru-medical =
    <b>Rossiya: medicinalıq kórik hám barmaq izleri</b>

    Rossiyaǵa kirgennen keyin 30 kún ishinde medicinalıq kórikten ótiń hám barmaq izlerińizdi tapsırıń (daktiloskopiya).

    Bul qaǵıyda 2021-jıl 29-dekabrden beri kúshte.

    Patent ushın múddet te 30 kún: ekewin birge rejelestiriń.

# Source: ria.ru/20251026 (computer-only since 1 Jan 2026, ~35% fail the first attempt in 2025);
# lenta.ru 2026-02-15 (exam centres also in Uzbekistan).
countries-ru-exam =
    <b>Rossiya: til, tariyx hám nızam imtixanı</b>

    Rus tili, Rossiya tariyxı hám nızamları boyınsha imtixan 2026-jıl 1-yanvardan tek kompyuterde tapsırıladı.

    2025-jılı shama menen 35% adam birinshi urınıwda óte almaǵan. Aldınnan tayarlanıń.

    Imtixan orayları Ózbekstanda da bar. Qay jerde ekenin Migraciya agentliginen sorań.

# Source: rbc.ru 2025; consultant.ru 2025-07-08.
countries-ru-ruid =
    <b>Rossiya: RuID xabarlaması</b>

    2025-jıl 30-iyunnan baslap vizasız kiretuǵın shet elliler Rossiyaǵa kiriwden keminde 72 saat aldın RuID qosımshası arqalı elektron xabarlama jiberedi.

    Házirshe bul sınaq: xabarlama jibermegenlik ushın jaza joq. Qaǵıydalar ózgeriwi múmkin — jolǵa shıǵıwdan aldın Migraciya agentliginen sorań.

# Source: kun.uz/ru 2025-02-10; bryansku.ru 2025-02-04; vedomosti.ru 2025-09-18; currenttime.tv 2025;
# klerk.ru 2025-10-08 (self-check on Gosuslugi and the MVD site, third-party);
# sputniknews.uz/20251020 (Agency office in Russia).
countries-ru-register =
    <b>Rossiya: «qadaǵalawdaǵı adamlar» reestri</b>

    2025-jıl 5-fevraldan Rossiyada usınday reestr bar. Oǵan kirgizilgen adam bankte esap asha almaydı, mashina ayday almaydı, neke qıya almaydı, múlk satıp ala almaydı hám ruxsatsız basqa jerge kóship óte almaydı.

    2025-jıl iyunge shekem oǵan 800 000 nan aslam adam kirgizilgen. Ayırımları hújjetleri tártipte bolsa da qáte kirgizilgen.

    Ózińizdi Gosuslugi portalında yamasa Rossiya Ishki isler ministrliginiń saytında tekseriń. Qáte kirgizilgen bolsańız, Migraciya agentliginiń Rossiyadaǵı wákilxanasına múrájat etiń: +7 925 045 4744.

# Source: sputniknews.uz/20251020 (bans, appeal, Agency office); migranty.org (GUVM MVD online
# entry-ban check, third-party; also noted on vorkuta-r11.gosweb.gosuslugi.ru). Domain brief §7.
countries-ru-ban =
    <b>Rossiya: kiriwge qadaǵan hám shaǵım</b>

    Qaǵıydalardı qayta-qayta buzǵan adamǵa Rossiyaǵa kiriw 3 jıldan 10 jılǵa shekem qadaǵan etiliwi múmkin.

    Qadaǵannıń bar-joqlıǵın GUVM MVD onlayn xızmetinde tekseriwge boladı: <code>сервисы.гувм.мвд.рф/info-service.htm?sid=3000</code> (mánzil basqa sayttan alınǵan; ashılmasa, Agentlik wákilxanasınan sorań).

    Qáte qadaǵanǵa Rossiya Ishki isler ministrliginiń migraciya máseleleri boyınsha bas basqarmasına (GUVM MVD) shaǵım beriwge boladı.

    Járdem ushın: Migraciya agentliginiń Rossiyadaǵı wákilxanası, +7 925 045 4744, Moskva, 1-y Kazachiy per. 11/2.

# Source: kun.uz/en 2023-01-31 (30 days, 90 in 180); intermarkrelocation.com (3 working days);
# podrobno.uz ⚠ single source (labour contract within 30 days).
countries-kazakhstan =
    <b>Qazaqstan</b>

    • Qazaqstanda 30 kúnge shekem dizimnen ótpey turıwǵa boladı. Hár 180 kún ishinde jámi 90 kúnnen artıq turıwǵa bolmaydı.
    • Sizdi jaylastırǵan adam yamasa shólkem 3 jumıs kúni ishinde policiyaǵa xabar beredi.
    • Islew ushın miynet shártnamańızdı 30 kún ishinde Xalıqqa xızmet kórsetiw orayında dizimnen ótkeriń. <i>Bul maǵlıwmat tek bir derekte — Migraciya agentligi arqalı tastıyıqlań.</i>

# Source: rus.ozodlik.org 2018; pv.uz 2019-09-04; uz.kursiv.media 2025-04-13.
countries-turkey =
    <b>Túrkiya</b>

    • Vizasız hár 180 kún ishinde 90 kúnge shekem turıwǵa boladı.
    • Jasaw ruxsatnaması (<code>ikamet izni</code>) islewge huqıq bermeydi. Islew ushın islew ruxsatnaması (<code>çalışma izni</code>) kerek.
    • Islew ruxsatnamasın Túrkiyadaǵı jumıs beriwshi rásmiylestiredi, geyde Túrkiyaǵa keliwińizden aldın.
    • Ruxsatnamasız islegen adam huqıqsız qaladı hám deportaciya etiliwi múmkin.

    Stambulda Ózbekstannıń Bas konsullıǵı bar.

    <i>Qaǵıydalar 2018–2019-jıllardaǵı dereklerge tiykarlanǵan: jolǵa shıǵıwdan aldın Migraciya agentliginen sorań.</i>

# Source: mofa.go.kr; xs.uz 2022-04-20; darakchi.uz 2022; asiaplustj.info 2025 (E-9).
countries-korea =
    <b>Qubla Koreya: <code>EPS</code> baǵdarlaması</b>

    • Bul eki mámleket húkimetleri arasındaǵı baǵdarlama. Jumısqa Migraciya agentligi arqalı alınadı.
    • 18 jastan 39 jasqa shekem bolıwıńız hám sudlanbaǵan bolıwıńız kerek.
    • <code>EPS-TOPIK</code> til imtixanın hám kásiplik kónlikpeler imtixanın tapsırıw kerek. Sánelerin Agentlik daǵazalaydı.
    • Imtixannan ótiw jumısqa ornalasıwǵa kepillik bermeydi.
    • Jumıs vizası — E-9.

# Source: kun.uz 2023-05-15 (exam scheme, $6,000); aniq.uz 2026-01-27 (~100,000 Uzbeks, ~9%
# without legal status, at 10% Korea may stop visas).
countries-korea-fraud =
    <b>Koreya: imtixan «brokerleri» — aldawshılar</b>

    «Til bilmeseńiz de, pul berseńiz imtixanǵa kirgizemiz», «Júz procent ótkerip beremiz» — usınday wádeler ushın 6000 dollarǵa shekem soraǵan. Imtixannan ótiw ushın pul tólew — aldawshılıq.

    Koreyada 100 000 ǵa jaqın ózbekstanlı bar, olardıń shama menen 9 procentiniń nızamlı statusı joq. Bul úlesi 10 procentke jetse, Koreya vizalardı toqtatıwı múmkin. Nızamlı jol menen barıń.

# Sources (domain brief §7): m.koreatimes.co.kr newsIdx=376806 (HUG Korea, all year);
# korea.net 2018-03-27 (1345: 20 languages, weekdays 09:00–22:00); jincheon.go.kr (after 18:00:
# Korean, English, Chinese); kun.uz/en 2023-10-30 (embassy lines; the two also listed in a 2025
# third-party page); citiesinsider.com (police 112, third-party); aniq.uz 2026-01-27 (~9%, 10%).
# The brief gives no EPS rule on changing workplace: the text says whom to ask.
countries-korea-leave =
    <b>Koreya: jumıs beriwshiden ketpekshi bolsańız</b>

    Ketiwden aldın jumıs beriwshini nızamlı jol menen qalay almastırıwdı hám nızamlı statustı joǵaltpawdı bilip alıń. Koreyadaǵı ózbekstanlılardıń shama menen 9 procentiniń nızamlı statusı joq; bul úlesi 10 procentke jetse, Koreya vizalardı toqtatıwı múmkin.

    Qayaqqa múrájat etiw kerek:
    • <code>HUG Korea</code>, shet ellik jumısshılarǵa másláhát: 1577-0071, jıl boyı.
    • 1345 immigraciya orayı: 20 tilde, jumıs kúnleri 9:00–22:00 (2018-jılǵı maǵlıwmat); 18:00 den keyin tek koreys, inglis hám qıtay tillerinde.
    • Ózbekstannıń Seuldaǵı elshixanası: 010-2909-4334, 010-3213-4505 (2023-jılǵı maǵlıwmat).

    Qáwip bolsa, aldı menen qáwipsiz jerge ketiń. Policiya — 112.

# Source: enbekshiqazaq.kz 2025-12-02; migrationpolicycentre.eu ~2025 (five operators as of Dec 2025).
countries-uk =
    <b>Ullı Britaniya: máwsimlik jumıs</b>

    • Máwsimlik jumısshı vizası (<code>Seasonal Worker</code>) — 6 ayǵa shekem.
    • Tek licenziyası bar baǵdarlama operatorları arqalı. 2025-jıl dekabrde olar besew edi.
    • Operatordı hám onıń wákilin Migraciya agentligi arqalı tekseriń.
    • Araǵa túsiwshilerge pul tólemeń.

# Source: UN OHCHR 2024-06-03 (over £3,000); thegrocer.co.uk 2023 (AG Recruitment, Fruitful
# Jobs); business-humanrights.org 2024-08-24 (Ethero); rferl.org 2022-08 (48 h promised, ~30 got);
# labourexploitation.org 2024-04-02 (FLEX: 72% took loans, 76.6% earned less than promised).
countries-uk-fraud =
    <b>Ullı Britaniya: aldawlar</b>

    • Ayırım agentler nızamsız túrde 3000 funt sterlingten artıq pul aladı.
    • Operatorlardıń licenziyası biykar etilgen: 2023-jıl fevralda <code>AG Recruitment</code>, 2024-jıl 2-avgustta <code>Ethero</code>. <code>Ethero</code> 1800 den aslam ózbekstanlıǵa jumıs usınıp, 400 den kemin jibergen; jumısshılar 400–800 funt tólegen.
    • Háptesine 48 saat jumıs wáde etilip, shama menen 30 saat berilgen.
    • Sorawnamada jumısshılardıń 72 procenti keliw ushın qarız alǵan, 76,6 procenti wáde etilgennen kem tapqan.
    • <code>Fruitful Jobs</code> operatorınıń Ózbekstanda wákilleri joq.

# Source: migrant.poznan.uw.gov.pl/en/sciezki/visa.
countries-poland =
    <b>Polsha</b>

    • Turistlik viza (<code>C</code> túri, maqseti 01) menen Polshada islewge bolmaydı.
    • Islew ushın islew ruxsatnaması hám milliy <code>D</code> vizası kerek.

    «Turistlik viza menen barıń, jumıstı sol jerde sheshemiz» dese — bul qáwip belgisi.

# Source: bmi.bund.de 2024-09; tashkenttimes.uz/national/14797; daryo.uz 2023-06-29 (Ferienjob;
# Turon's licence suspended in 2022, it kept recruiting).
countries-germany =
    <b>Germaniya</b>

    • Ózbekstan hám Germaniya arasında 2024-jıl 15-sentyabrdegi migraciya hám mobillik boyınsha kelisim bar. Onı Migraciya agentligi ámelge asıradı.
    • 2023-jılı «<code>Ferienjob</code>» aldawshılıǵı: 300 ge jaqın adam 700–1000 dollardan tólep, Germaniyada járdemsiz qalǵan. Olardı <code>Turon World Cooperation</code> kompaniyası jallaǵan: onıń licenziyası 2022-jılı-aq toqtatılǵan, biraq ol jallawdı dawam ettirgen (2023-jılǵı maǵlıwmat).

    Germaniyadaǵı jumıs haqqında Migraciya agentliginen sorań.

# Sources (domain brief §7, §1): wathim.com (visa names, third-party); migrationpolicy.unescwa.org
# (Decree-Law 33/2021); gulfnews.com (art. 6(4), no recruitment costs); khaleejtimes.com (MOHRE
# 80060); gulfnews.com 2021-09-12 (police 999); emirates247.com 2015-10-31 (ambulance 998);
# ria.ru/20260312 (hostess ad); khaleejtimes.com (the $1,000 case).
countries-uae =
    <b>BAA</b>

    • Islew ushın miynet ministrliginiń (<code>MOHRE</code>) islew ruxsatnaması hám jumısshı vizası kerek.
    • Nızam (33/2021-sanlı dekret-nızam) jumıs beriwshige jumısshınıń hújjetlerin alıp qoyıwdı qadaǵan etedi.
    • Jumıs beriwshi jumısqa alıw ushın jumısshıdan pul ala almaydı.
    • Jumıs beriwshi ústinen shaǵım: <code>MOHRE</code>, 80060 — biypul, kún-tún, 20 tilde.
    • Policiya — 999, tez járdem — 998.

    Abaylı bolıń: 2026-jılı tájiriybesiz qızlardı Dubayǵa «hostes» bolıp islewge shaqırǵan. Basqa bir hayalǵa ayına 1000 dollar wáde etip, pasportın alıp qoyǵan hám jezókshelikke májbúrlegen.

# Sources (domain brief §7): wathim.com (work visa and Iqama, third-party); gulfnews.com (Labour
# Law art. 40); saudigazette.com.sa 2017-01-26 (SAR 2,000); lifeofarabs.com 2021-01-07 (SAR
# 5,000, third-party): the sources conflict, both are shown; arabnews.com (911).
countries-saudi =
    <b>Saudiya Arabstanı</b>

    • Islew ushın jumısshı vizası hám jasaw gúwalıǵı (<code>Iqama</code>) kerek.
    • Jumısqa alıw qárejetlerin jumıs beriwshi tóleydi (Miynet nızamı, 40-statya).
    • Jumısshınıń pasportın ózinde uslap turǵan jumıs beriwshi hár bir usınday jumısshı ushın járiymaǵa tartıladı. Dereklerde summa hár túrli: 2000 riyal (2017-jıl) hám 5000 riyal (2021-jıl).
    • Shuǵıl xızmet — 911, bir neshe tilde.

    Bul jerdegi Ózbekstan konsullıǵınıń tekserilgen telefonları bizde joq: ketiwden aldın Migraciya agentliginen sorań.

# Sources (domain brief §7, §6): qatarday.com (Law 21/2015 art. 8, up to QR 25,000);
# accountabilityhub.org (Law 14/2004 art. 33); en.prothomalo.com 2021-03-21 (QAR 1,000 + 300 +
# 500, no later revision found); welcomeqatar.com 2020-04-20 (SMS 92727); wgoqatar.com (999,
# translators); tashkenttimes.uz/national/14545 (Agency–Jusour agreement).
countries-qatar =
    <b>Qatar</b>

    • Jumıs beriwshi pasportıńızdı alıp qoyıwǵa haqılı emes (21/2015-sanlı nızam, 8-statya), járiyma — 25 000 riyalǵa shekem.
    • Jumısshıdan jumısqa alıw ushın pul alıw qadaǵan (14/2004-sanlı nızam, 33-statya).
    • 2021-jıl marttan eń kem aylıq: ayına 1000 riyal, awqat berilmese jáne 300, turaq jay berilmese jáne 500 (jańaraq maǵlıwmat tappadıq).
    • Jumıs beriwshi ústinen shaǵım: 92727 nomerine SMS (2020-jılǵı maǵlıwmat).
    • Shuǵıl xızmet — 999, awdarmashılar bar.

    Rásmiy jol: Migraciya agentligi Qatardıń <code>Jusour</code> shólkemi menen birge islesiw shártnamasına qol qoyǵan.
