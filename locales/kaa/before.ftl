# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte

before-btn-contract = 📄 Jazba shártnama
before-btn-employer = 🏢 Jumıs beriwshi kim?
before-btn-agency = 🪪 Licenziyası bar agentlik
before-btn-fees = 💸 Jumıs ushın pul tólemeń
before-btn-passport = 🛂 Pasport ózińizde
before-btn-copies = 📑 Hújjetlerdiń nusqası
before-btn-emergency = 🆘 Shuǵıl baylanıslar
before-btn-consulate = 🏛 Konsullıq mánzili
before-btn-money = 💳 Úyge pul jiberiw
before-btn-return = 🏡 Elge qaytıw
before-btn-next = ➡️ Keyingisi
before-btn-list = 📋 Dizimge qaytıw

before-start =
    <b>Ketiwden aldın: tekseriw dizimi</b>

    ☐ Jazba shártnama — ózińiz túsinetuǵın tilde.
    ☐ Jumıs beriwshiniń atı hám mánzili.
    ☐ Licenziyası bar agentlik.
    ☐ Jumıs ushın hesh qanday pul tólemeysiz.
    ☐ Pasport barlıq waqıt ózińizde.
    ☐ Hújjetlerdiń nusqası shańaraǵıńızda.
    ☐ Shuǵıl baylanıslar telefonıńızda.
    ☐ Konsullıq mánzili jazıp alınǵan.

    Hár bir bánt haqqında biliw ushın túymeni basıń.

# Source: uz.kursiv.media 2025-04-13 (Istanbul consulate: victims had no official contract);
# romania.iom.int (IOM: no contract, no detailed job description are signs of a fake offer).
before-contract =
    <b>Jazba shártnama</b>

    Ketiwden <b>aldın</b> jazba miynet shártnamasın alıń. Ol siz túsinetuǵın tilde bolsın. Onda jumıs, aylıq, jumıs waqtı hám jasaw ornı anıq jazılǵan bolsın.

    Shártnama bolmasa, keyin aldanǵanıńızdı dálillew qıyın. Stambuldaǵı Ózbekstan Bas konsullıǵınıń aytıwınsha, jábirleniwshilerdiń araǵa túsiwshi menen rásmiy shártnaması bolmaǵan.

    Túsinbegen qaǵazıńızǵa qol qoymań.

# Source: uz.kursiv.media 2025-03-17 (confirm direct contact with the employer);
# enbekshiqazaq.kz 2025-12-02 (fake ads misuse real companies' names).
before-employer =
    <b>Jumıs beriwshi kim?</b>

    Jumıs beriwshi kompaniyanıń tolıq atın hám mánzilin jazıp alıń.

    Jumıstıń haqıyqatında bar ekenin jumıs beriwshiniń ózi menen tikkeley anıqlań — tek araǵa túsiwshiniń sózine isenbeń.

    Aldawshılar haqıyqıy kompaniyalar atınan jalǵan daǵazalar jaylastıradı.

# Source: uz.sputniknews.ru 2018-10-17 (licence required by law); tashkenttimes.uz/national/13914
# (the Agency licenses and inspects agencies); kun.uz/en 2024-10-25 (vacancies on the Agency's
# site since 1 Nov 2024); 1prime.ru 2026-01-01 (licensed agencies from 1 Jan 2026).
# Brief §2 ⚠: no public web address to check a licence is known.
before-agency =
    <b>Tek licenziyası bar agentlik</b>

    Nızamǵa muwapıq, shet elde jumısqa ornalastıratuǵın jeke agentliktiń licenziyası bolıwı shárt. Licenziyanı Migraciya agentligi beredi hám agentliklerdi tekseredi.

    2026-jıl 1-yanvardan shet elge shólkemlestirilgen túrde jumısqa alıwdı licenziyası bar jeke agentlikler alıp baradı. Shet eldegi bos jumıs orınları Agentliktiń saytında járiyalanadı.

    Licenziyanı internette tekseretuǵın ashıq sayt bizge belgisiz. Agentliktiń licenziyası bar ekenin Migraciya agentliginen sorań (tómendegi «Járdem: baylanıslar» túymesi).

# Source: iris.iom.int FAQ (Employer Pays Principle); mehnat.uz (agencies may not charge
# citizens; placement is paid by the foreign employer); daryo.uz 2023-06-29 (Ferienjob).
before-fees =
    <b>Jumıs ushın pul tólemeń</b>

    Jumısshı jumıs ushın pul tólemewi kerek: jumısqa alıw hám jol qárejetlerin jumıs beriwshi tóleydi. Ózbekstanda shet elge jumısqa ornalastırıw qárejetin shet ellik jumıs beriwshi tóleydi; agentlikler bul ushın puqaralardan pul alıwı múmkin emes.

    2023-jılı Germaniyadaǵı «<code>Ferienjob</code>» jumısı ushın 300 ge jaqın adam hár biri 700–1000 dollar tólegen hám sol jerde járdemsiz qalǵan.

    Sizden pul sorasa — bul qáwip belgisi.

# Source: respect.international (ILO indicators of forced labour, 2012: retention of identity documents).
before-passport =
    <b>Pasport barlıq waqıt ózińizde</b>

    Pasportıńızdı jumıs beriwshige, araǵa túsiwshige yamasa basqa hesh kimge bermeń — «saqlap turamız» dese de. Hújjetlerdi alıp qoyıw — májbúriy miynet belgisi.

    Pasporttı kórsetiw kerek bolsa, kórsetiń hám dárhal qaytarıp alıń.

before-copies =
    <b>Hújjetlerdiń nusqası shańaraǵıńızda</b>

    Ketiwden aldın pasport, viza, shártnama hám bilettiń nusqasın (yamasa súwretin) shańaraǵıńızǵa qaldırıń. Jumıs beriwshiniń atın, mánzilin hám telefonın da jazıp qaldırıń.

    Hújjetlerińiz joǵalsa yamasa alıp qoyılsa, nusqası járdem beredi. Shańaraǵıńız qay jerde ekenińizdi bilsin.

# Sources: domain brief §7 (local emergency numbers, each with its source in before.yaml);
# sputniknews.uz/20251020 (Agency office in Russia); yuz.uz/a/ru/129171 (2025-08, single
# source ⚠: 12-82 and the bot). Brief §7: no source says 12-82 works from a foreign SIM, so it
# is shown as "from an Uzbek number" and never as the only contact abroad.
before-emergency =
    <b>Shuǵıl baylanıslar</b>

    Ketiwden aldın telefonıńızǵa saqlań hám qaǵazǵa da jazıp alıń:
    • Baratuǵın mámleketińizdiń shuǵıl nomeri: Rossiya, Qazaqstan, Túrkiya, Polsha, Germaniya — 112; Qubla Koreya — 112 (policiya), 119 (tez járdem); Ullı Britaniya, BAA, Qatar — 999; Saudiya Arabstanı — 911.
    • Rossiyada: Migraciya agentliginiń wákilxanası, +7 925 045 4744.
    • Migraciya agentligi: qısqa nomer <b>12-82</b> — Ózbekstan nomerinen qońıraw etiń, shet elden islemewi múmkin; Telegram-bot @huquqiyyordamuzbot. <i>Olar tek bir derekte kórsetilgen — Migraciya agentligi arqalı tastıyıqlań.</i>
    • Shańaraǵıńız hám jaqınlarıńızdıń nomerleri.

# Source: kun.uz/ru/news/2020/07/10 (consulates in Russia, list of 2020); uz.kursiv.media
# 2025-04-13 (Consulate General in Istanbul); aniq.uz 2026-01-27 (embassy in Seoul).
# Brief §2: no verified phone numbers.
before-consulate =
    <b>Konsullıq mánzili</b>

    Baratuǵın mámleketińizdegi Ózbekstan elshixanası yamasa konsullıǵınıń mánzilin aldınnan jazıp alıń. Olar Rossiyada (7 qalada), Túrkiyada (Stambul) hám Qubla Koreyada (Seul) bar.

    Olardıń telefon nomerlerin tekserilgen derekte taba almadıq. Mánzil hám telefondı Migraciya agentliginen sorań hám ketiwden aldın jazıp alıń.

# Source: kun.uz/ru 2025-02-10; bryansku.ru 2025-02-04 (people on the register cannot open bank
# accounts). The brief gives no transfer services or fees: the text says what to do.
before-money =
    <b>Úyge puldı qalay jiberiw kerek</b>

    • Puldı ózińiz jiberiń — bank yamasa rásmiy pul awdarıw xızmeti arqalı.
    • Barlıq cheklerdi hám awdarma tastıyıqlamaların saqlań.
    • Bank kartańızdı, onıń PIN-kodın hám telefonıńızdı jumıs beriwshige yamasa araǵa túsiwshige bermeń.
    • Hár túrli bank hám xızmetler awdarma ushın qansha alatuǵının salıstırıń.
    • Rossiyada «qadaǵalawdaǵı adamlar» reestrine kirgizilgen adam bankte esap asha almaydı. Ózińizdi aldınnan tekseriń (Mámleketler → Rossiya → Reestr).

# Sources: fergana.media/news/145041 ($1.9 million recovered in 2025); pravouz.com 2025-08-28
# (resource centre in Tashkent); kun.uz/en/news/2024/10/25 (vacancies on the Agency's site).
before-return =
    <b>Elge qaytıw</b>

    • Ketiwden aldın islep tapqan aylıǵıńızdı tolıq alıń hám hújjetlerińizdi alıp ketiń: shártnama, esap paraqları, chekler.
    • Aylıǵıńız tólenbegen bolsa, Migraciya agentligine múrájat etiń: 2025-jılı ol migrantlarǵa tólenbegen 1,9 million dollar aylıqtı óndirip bergen.
    • 2025-jıl avgustta Tashkentte Agentlik penen birge migrantlar ushın resurs orayı ashıldı.
    • Jáne shet elge jumısqa barsańız, bos jumıs orınların Migraciya agentliginiń saytınan izleń: olar 2024-jıl 1-noyabrden baslap sol jerde daǵazalanadı.
