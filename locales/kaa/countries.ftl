# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte

countries-list = Mámleketti saylań.
countries-btn-russia = 🇷🇺 Rossiya
countries-btn-kazakhstan = 🇰🇿 Qazaqstan
countries-btn-turkey = 🇹🇷 Túrkiya
countries-btn-korea = 🇰🇷 Qubla Koreya
countries-btn-korea-fraud = 🚨 Koreya: imtixan aldawshıları
countries-btn-uk = 🇬🇧 Ullı Britaniya
countries-btn-uk-fraud = 🚨 Britaniya: aldawlar
countries-btn-poland = 🇵🇱 Polsha
countries-btn-germany = 🇩🇪 Germaniya
countries-btn-list = 🌍 Basqa mámleketler
countries-btn-russia-topics = ⬅️ Rossiya: barlıq temalar
countries-btn-next-topic = ➡️ Keyingi tema
countries-btn-ru-registration = 📝 Dizimnen ótiw: 15 kún
countries-btn-ru-90days = 📅 90 kún qaǵıydası
countries-btn-ru-patent = 💳 Patent: 30 kún
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
# The brief gives no patent price: the text says whom to ask.
countries-ru-patent =
    <b>Rossiya: islew ushın patent</b>

    Rossiyaǵa kirgennen keyin 30 kalendar kún ishinde patentke hújjet tapsırıń.

    Keshikseńiz — 10 000 nan 15 000 rublge shekem járiyma.

    Patenttiń bahası bizdiń tekserilgen dereklerimizde joq. Onı Migraciya agentliginiń Rossiyadaǵı bóliminen sorań: +7 925 045 4744.

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

# Source: kun.uz/ru 2025-02-10; bryansku.ru 2025-02-04; vedomosti.ru 2025-09-18; currenttime.tv 2025.
# The brief does not say how to check: the text says whom to ask (sputniknews.uz/20251020).
countries-ru-register =
    <b>Rossiya: «qadaǵalawdaǵı adamlar» reestri</b>

    2025-jıl 5-fevraldan Rossiyada usınday reestr bar. Oǵan kirgizilgen adam bankte esap asha almaydı, mashina ayday almaydı, neke qıya almaydı, múlk satıp ala almaydı hám ruxsatsız basqa jerge kóship óte almaydı.

    2025-jıl iyunge shekem oǵan 800 000 nan aslam adam kirgizilgen. Ayırımları hújjetleri tártipte bolsa da qáte kirgizilgen.

    Ózińizdiń reestrde bar-joqlıǵıńızdı tekseriń. Qalay tekseriwdi Migraciya agentliginiń Rossiyadaǵı bóliminen sorań: +7 925 045 4744.

# Source: sputniknews.uz/20251020.
countries-ru-ban =
    <b>Rossiya: kiriwge qadaǵan hám shaǵım</b>

    Qaǵıydalardı qayta-qayta buzǵan adamǵa Rossiyaǵa kiriw 3 jıldan 10 jılǵa shekem qadaǵan etiliwi múmkin.

    Qadaǵandı qáte dep esaplasańız, Rossiya Ishki isler ministrliginiń migraciya máseleleri boyınsha bas basqarmasına (GUVM MVD) shaǵım beriwge boladı.

    Járdem ushın: Migraciya agentliginiń Rossiyadaǵı bólimi, +7 925 045 4744, Moskva, 1-y Kazachiy per. 11/2.

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
    • Jasawǵa ruxsatnama (<code>ikamet izni</code>) islewge huqıq bermeydi. Islew ushın islewge ruxsatnama (<code>çalışma izni</code>) kerek.
    • Islewge ruxsatnamanı Túrkiyadaǵı jumıs beriwshi rásmiylestiredi, geyde Túrkiyaǵa keliwińizden aldın.
    • Ruxsatnamasız islegen adam huqıqsız qaladı hám deportaciya etiliwi múmkin.

    Stambulda Ózbekstannıń Bas konsullıǵı bar.

# Source: mofa.go.kr; xs.uz 2022-04-20; darakchi.uz 2022; asiaplustj.info 2025 (E-9).
countries-korea =
    <b>Qubla Koreya: EPS baǵdarlaması</b>

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
    • Sorawnamada jumısshılardıń 72% keliw ushın qarız alǵan, 76,6% wáde etilgennen kem tapqan.
    • <code>Fruitful Jobs</code> operatorınıń Ózbekstanda wákilleri joq.

# Source: migrant.poznan.uw.gov.pl/en/sciezki/visa.
countries-poland =
    <b>Polsha</b>

    • Turistlik viza (<code>C</code> túri, maqseti 01) menen Polshada islewge bolmaydı.
    • Islew ushın islewge ruxsatnama hám milliy <code>D</code> vizası kerek.

    «Turistlik viza menen barıń, jumıstı sol jerde sheshemiz» dese — bul qáwip belgisi.

# Source: bmi.bund.de 2024-09; tashkenttimes.uz/national/14797; daryo.uz 2023-06-29.
countries-germany =
    <b>Germaniya</b>

    • Ózbekstan hám Germaniya arasında 2024-jıl 15-sentyabrdegi migraciya hám mobillik boyınsha kelisim bar. Onı Migraciya agentligi ámelge asıradı.
    • 2023-jılı «<code>Ferienjob</code>» aldawshılıǵı: 300 ge jaqın adam 700–1000 dollardan tólep, Germaniyada járdemsiz qalǵan.

    Germaniyadaǵı jumıs haqqında Migraciya agentliginen sorań.
