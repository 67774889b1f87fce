# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte
#
# Each question has two answers (…-opt1, …-opt2). The right and the wrong explanation share
# the "why" text through a message reference: quiz-q1-right = { quiz-right } … { quiz-q1-why }.
# Which answer is right is set in dialogues/quiz.yaml.

quiz-btn-begin = ▶️ Baslaw
quiz-btn-next = ➡️ Keyingi soraw
quiz-btn-finish = 🏁 Juwmaqlaw
quiz-btn-again = 🔁 Testti qaytadan baslaw
quiz-right = ✅ <b>Durıs!</b>
quiz-wrong = ❌ <b>Qáte.</b>

quiz-start =
    <b>Test: bul usınıs qáwipsiz be?</b>

    Segiz qısqa soraw. Hár birinde juwaptı saylań — keyin nege solay ekenin túsindiremiz.

# Source: daryo.uz/k/2025/01/13 (the 70/30 wording of a real scheme).
quiz-q1 =
    <b>Soraw 1/8</b>

    Araǵa túsiwshi: «Jumısqa ornalastırıw pulınıń 70 procentin házir tóleń, qalǵan 30 procentin viza tayar bolǵanda».

    Ne isleysiz?
quiz-q1-opt1 = 💵 Tóleymen, bul ádettegi jaǵday
quiz-q1-opt2 = 🚫 Tólemeymen
# Source: iris.iom.int (Employer Pays Principle); mehnat.uz (agencies may not charge citizens).
quiz-q1-why = Jumısshı jumıs ushın pul tólemewi kerek: jumısqa alıw qárejetlerin jumıs beriwshi tóleydi. Ózbekstanda agentlikler shet eldegi jumıs ushın puqaralardan pul alıwı múmkin emes. Sorawdaǵı sózler haqıyqıy aldawshılıq sxemasınan alınǵan.
quiz-q1-right = { quiz-right } { quiz-q1-why }
quiz-q1-wrong = { quiz-wrong } { quiz-q1-why }

quiz-q2 =
    <b>Soraw 2/8</b>

    Kelgenińizde jumıs beriwshi: «Pasportıńızdı maǵan beriń, seyfte saqlap turaman».

    Ne isleysiz?
quiz-q2-opt1 = 🛂 Pasporttı ózimde qaldıraman
quiz-q2-opt2 = 🤝 Beremen, solay qáwipsizirek
# Source: respect.international (ILO, 2012); turkishnewsworld.com (Sverdlovsk poultry farm).
quiz-q2-why = Hújjetlerdi alıp qoyıw — májbúriy miynet belgisi. Pasportsız kete almaysız hám ózińizdi qorǵay almaysız. Sverdlovsk oblastındaǵı qus fermasında 100 den aslam ózbekstanlınıń pasportı alıp qoyılǵan hám olarǵa eki ay aylıq berilmegen.
quiz-q2-right = { quiz-right } { quiz-q2-why }
quiz-q2-wrong = { quiz-wrong } { quiz-q2-why }

# Source: rima.media 2022-07-28 (240,000 roubles a month).
quiz-q3 =
    <b>Soraw 3/8</b>

    Tanımaytuǵın adam Telegramda sizge ózi jazdı: «Rossiyada jumıs, ayına 240 000 rubl! Orınlar az, búgin qarar qabıl etiń».

    Ne isleysiz?
quiz-q3-opt1 = ⏳ Asıqpayman, tekseremen
quiz-q3-opt2 = 🏃 Tezirek razı bolaman
# Source: romania.iom.int (IOM signs of a fake offer); rima.media 2022-07-28; asiaplustj.info 2025-10-27.
quiz-q3-why = Júdá joqarı aylıq, sizge birinshi bolıp ózleri jazǵanı hám asıqtırıw — jalǵan usınıs belgileri. 2022-jılı Rossiyada ayına 240 000 rubl wáde etilgen adamlar urıs aymaǵına alıp barılǵan. Aldawshılar kóbinese sociallıq tarmaqlar hám messendjerler arqalı jazadı.
quiz-q3-right = { quiz-right } { quiz-q3-why }
quiz-q3-wrong = { quiz-wrong } { quiz-q3-why }

quiz-q4 =
    <b>Soraw 4/8</b>

    Agent: «Polshaǵa turistlik viza menen barıń, jumıstı sol jerde sheshemiz».

    Bul durıs pa?
quiz-q4-opt1 = 🧳 Awa, solay etiwge boladı
quiz-q4-opt2 = 📝 Yaq, islewge ruxsat kerek
# Source: migrant.poznan.uw.gov.pl (tourist visa does not allow work; work permit plus national D visa).
quiz-q4-why = Polshada turistlik viza menen islewge bolmaydı: islew ruxsatnaması hám milliy <code>D</code> vizası kerek. Turistlik viza menen islegen adam huqıqsız qaladı: onı deportaciya etiw hám ekspluataciya etiw ańsat.
quiz-q4-right = { quiz-right } { quiz-q4-why }
quiz-q4-wrong = { quiz-wrong } { quiz-q4-why }

quiz-q5 =
    <b>Soraw 5/8</b>

    Araǵa túsiwshi: «Shártnama shárt emes, bir-birimizge isenemiz. Hámmesin barǵanıńızda kelisemiz».

    Ne isleysiz?
quiz-q5-opt1 = 📄 Ketiwden aldın jazba shártnama sorayman
quiz-q5-opt2 = 👍 Jaqsı, isenemen
# Source: uz.kursiv.media 2025-04-13 (victims had no official contract with the intermediary).
quiz-q5-why = Jazba shártnama bolmasa, keyin aldanǵanıńızdı dálilley almaysız. Stambuldaǵı Ózbekstan Bas konsullıǵınıń aytıwınsha, jábirleniwshilerdiń araǵa túsiwshi menen rásmiy shártnaması bolmaǵan. Shártnama ketiwden aldın hám ózińiz túsinetuǵın tilde bolsın.
quiz-q5-right = { quiz-right } { quiz-q5-why }
quiz-q5-wrong = { quiz-wrong } { quiz-q5-why }

# Source: kun.uz/news/2023/05/15 (Korea exam scheme, $6,000, "100%").
quiz-q6 =
    <b>Soraw 6/8</b>

    Daǵaza: «Koreyaǵa! Til bilmeseńiz de boladı. 6000 dollar tóleń — imtixannan júz procent ótkeremiz».

    Bul qanday usınıs?
quiz-q6-opt1 = 🎓 Jaqsı múmkinshilik
quiz-q6-opt2 = 🚨 Aldawshılıq
# Source: kun.uz 2023-05-15; xs.uz 2022-04-20 (EPS through the Agency); darakchi.uz 2022.
quiz-q6-why = Koreyaǵa <code>EPS</code> baǵdarlaması boyınsha Migraciya agentligi arqalı baradı, imtixan sánelerin Agentlik daǵazalaydı. Imtixannan ótkeriw ushın pul alıw — aldawshılıq. Imtixannan ótiw de jumısqa kepillik bermeydi.
quiz-q6-right = { quiz-right } { quiz-q6-why }
quiz-q6-wrong = { quiz-wrong } { quiz-q6-why }

# Source: ria.ru 2026-03-12 (Dubai hostess ad, ~3,000 dirhams a week).
quiz-q7 =
    <b>Soraw 7/8</b>

    Sińlińizge Dubaydaǵı barda hostes bolıp islewdi usınıs etti: «Tájiriybe shárt emes, háptesine 3000 dirxam».

    Ne deysiz?
quiz-q7-opt1 = 🛑 Qáwipli, oǵan eskertemen
quiz-q7-opt2 = 🎉 Barsın, aylıǵı jaqsı
# Source: ria.ru 2026-03-12; islamawareness.net 2009; sangzor.uz; 2024 TIP report.
quiz-q7-why = Jas hayal-qızlardı shet elge hostes, oficiant, biyshi yamasa model bolıp islewge shaqırıw — jınıslıq ekspluataciya ushın adam sawdasınıń kóp ushırasatuǵın jolı. Usınday daǵaza 2026-jılı da Dubaydan berilgen. AQSH esabatına kóre, ózbekstanlı hayallar Jaqın Shıǵıs, Evraziya hám Aziyada jınıslıq ekspluataciya qurbanı bolǵan.
quiz-q7-right = { quiz-right } { quiz-q7-why }
quiz-q7-wrong = { quiz-wrong } { quiz-q7-why }

quiz-q8 =
    <b>Soraw 8/8</b>

    Araǵa túsiwshi: «Bilet hám vizanı biz tóleymiz, keyin aylıǵıńnan ustap qalamız».

    Bul qáwipsiz be?
quiz-q8-opt1 = 👌 Qolaylı, qáwipsiz
quiz-q8-opt2 = ⚠️ Qáwipli: qarız qullıǵı
# Source: respect.international (ILO, 2012: debt bondage); khaleejtimes.com (Dubai); iris.iom.int.
quiz-q8-why = Jol qarızın aylıqtan «islep ótew» — qarız qullıǵı belgisi: qarız ósedi, al siz kete almaysız. Dubayda ayına 1000 dollar wáde etilgen adamnıń pasportın alıp, «viza hám jol pulın qaytar» dep májbúrlegen. Jumısqa alıw hám jol qárejetlerin jumıs beriwshi tólewi kerek, aylıǵıńızdan emes.
quiz-q8-right = { quiz-right } { quiz-q8-why }
quiz-q8-wrong = { quiz-wrong } { quiz-q8-why }

quiz-end =
    <b>Test tamam boldı. Raxmet!</b>

    Este saqlań:
    • Jumıs ushın pul tólemeń.
    • Pasportıńızdı hesh kimge bermeń.
    • Ketiwden aldın jazba shártnama alıń.
    • Turistlik viza menen islemeń.
    • Asıqtırsa — toqtań hám tekseriń.

    Haqıyqıy jumıs usınısın botqa jiberip tekseriń.
