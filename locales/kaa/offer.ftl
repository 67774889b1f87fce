# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte

## Job-offer checker. Sources of the facts: domain brief §1 (ILO indicators [1],
## Employer Pays Principle [2][3][15], IOM signs of a fake offer [4], real cases [13][19][20]
## [23][26]-[28][29][33]), §2 (Migration Agency, gov.uz/en/migration [35][36]).

offer-prompt = Jumıs usınısınıń tekstin usı jerge qoyıń yamasa kanaldan jiberiń (forward). Ondaǵı qáwipli belgilerdi kórsetemen.
offer-photo-no-text = Súwrettegi tekstti oqıy almayman. Iltimas, usınıstıń tekstin kóshirip, xabar etip jiberiń.
offer-looks-like = Bul jumıs usınısına uqsaydı. Ondaǵı qáwipli belgilerdi tekserdim:
offer-picture-reading = 🔎 Súwrettegi tekstti oqıp atırman…
offer-picture-read = 🖼 Bul tekst súwretten oqıldı: «{ $quote }»
offer-picture-misread = Bir jeri qáte oqılǵan bolsa, tekstti kóshirip jiberiń — qaytadan tekseremen.
offer-picture-unreadable = Súwrettegi tekstti oqıw múmkin bolmadı. Iltimas, usınıstıń tekstin kóshirip, xabar etip jiberiń.

offer-risk-low = 🟢 <b>Qáwip: tómen.</b> Tekstte úlken qáwipli belgi tabılmadı.
offer-risk-medium = 🟡 <b>Qáwip: orta.</b> Abaylı bolıń hám tómendegilerdi tekseriń.
offer-risk-high = 🔴 <b>Qáwip: joqarı.</b> Bul usınısta aldaw yamasa májbúriy miynet belgileri bar.
offer-no-flags = Bul usınıs álbette qáwipsiz degeni emes: men tek tekstti tekseremen, jumıs beriwshini emes.
offer-more-flags = Jáne { $count } belgi tabıldı.
offer-agency-licensed = ℹ️ <b>{ $name }</b> bizdiń dizimde licenziyası bar dep kórsetilgen. Sonda da pul tólewden yamasa bir nársege qol qoyıwdan aldın Migraciya agentligi arqalı tekseriń.
offer-advice-general = <b>Hár dayım:</b> jumıs ushın aldınnan pul tólemeń; pasportıńızdı hesh kimge bermeń; agentliktiń licenziyasın Migraciya agentliginiń rásmiy kanalları arqalı tekseriń; ketiwden aldın jazba shártnama alıń.
offer-btn-operator = 💬 Adam menen sóylesiw
offer-btn-check-another = 🔍 Basqa usınıstı tekseriw
offer-btn-menu = 🏠 Bas menyu

# Why each red flag matters: one sentence each.
offer-flag-upfront-fee = 💸 <b>Aldınnan pul soralıp atır.</b> Jumısqa ornalastırıw qárejetlerin jumıs beriwshi tóleydi: Ózbekstanda shet elge jumısqa ornalastırıw ushın shet elli jumıs beriwshi tólewi kerek.
offer-flag-document-retention = 🛂 <b>Pasportıńızdı alıp qalmaqshı.</b> Hújjetlerdi alıp qoyıw — XMShnıń májbúriy miynet belgileriniń biri.
offer-flag-unrealistic-pay = 💰 <b>Júdá úlken aylıq wáde etilip atır.</b> Shamadan tıs joqarı aylıq — jalǵan usınıslardıń aldawlarınıń biri.
offer-flag-salary-too-high = 💰 <b>Aylıq shamadan tıs joqarı.</b> Bul mámleket ushın usınday aylıq burın áshkaralanǵan aldaw daǵazalarında wáde etilgen.
offer-flag-wrong-visa = 🛑 <b>Jumıs ushın nadurıs viza.</b> Turistlik viza menen islewge bolmaydı: nızamlı statusıńız bolmaydı, sizdi deportaciya etiw hám ekspluataciya etiw ańsat.
offer-flag-no-contract = 📄 <b>Jazba shártnama joq.</b> Shártnamasız keyin aldanǵanıńızdı dálillew múmkin emes.
offer-flag-messenger-only = 📱 <b>Tek messenjer arqalı.</b> Jalǵan usınıslar tiykarınan social tarmaqlar hám messenjerler arqalı tarqatıladı.
offer-flag-messenger-contacts = 📱 <b>Tek messenjerdegi baylanıs.</b> Kompaniyanıń atı, mánzili yamasa rásmiy saytı joq — onı tekserip bolmaydı.
offer-flag-urgency = ⏰ <b>Asıqtırıp atır.</b> Asıqtırıw sizge tekseriwge waqıt qaldırmaw ushın islenedi.
offer-flag-no-requirements = 🎓 <b>Hesh qanday talap joq.</b> «Tájiriybe de, til de kerek emes» — jalǵan usınıs yamasa imtixan aldawınıń belgisi.
offer-flag-debt-bondage = ⛓ <b>Qárejetler aylıqtan ustaladı.</b> Jol hám viza qarızın aylıq esabınan tólew — qarız qullıǵı, májbúriy miynet belgisi.
offer-flag-targeted-recruitment = ⚠️ <b>Hostes, oficiant, biyshi yamasa model jumısı.</b> Shet elde usınday jumısqa, ásirese jas hayallardı jallaw — adam sawdasınıń belgili jolı.
offer-flag-targeted-combo = 🚨 <b>Hayallardı hostes, oficiant yamasa biyshi jumısına jallaw — jas, sırtqı kóriniske talap yamasa shet elge ketiw menen.</b> Bul adam sawdası hám jınıslıq ekspluataciyanıń klassikalıq jolı.
offer-flag-unverifiable-employer = ❓ <b>Jumıs beriwshini tekserip bolmaydı.</b> Kompaniya jasırılsa, basqa kompaniyanıń atınan is júrgizilip atırǵan yamasa hújjetler jalǵan bolıwı múmkin.
offer-flag-unlicensed-agency = 🚫 <b>Licenziyası joq dáldalshı.</b> Nızam boyınsha shet elge jumısqa jallaw ushın licenziya kerek.
offer-flag-agency-revoked = 🚫 <b>{ $name } licenziyası biykar etilgen.</b> Licenziyası joq kompaniya jumısqa jallay almaydı.
offer-flag-agency-suspended = 🚫 <b>{ $name } licenziyası toqtatılǵan.</b> Licenziyası toqtatılǵan kompaniya jumısqa jallay almaydı.
offer-flag-agency-unknown = ❓ <b>{ $name }</b> bizdiń dizimde bar, biraq onıń licenziyasınıń jaǵdayı bizge belgisiz.
offer-flag-agency-no-reps = 🚫 <b>{ $name } kompaniyasınıń Ózbekstanda wákilleri joq.</b> Onıń menen baylanıslıman degen hár qanday adam nızamsız is júrgizip atır.
offer-flag-reported-contact = 🚫 <b>Bul baylanıs aldawda belgilengen.</b> Bul telefon, nik yamasa silteme haqqında aldaw boyınsha xabar berilgen.
offer-flag-guaranteed-outcome = 🎲 <b>«100% kepillik» wáde etilip atır.</b> Hesh kim viza yamasa imtixandı kepillendire almaydı; Koreya ushın imtixannan ótiw de jumısqa kepillik bermeydi.
offer-flag-embassy-connections = 🎲 <b>«Elshixanada tanıslar» bar dep atır.</b> Bunı tekserip bolmaydı — bul aldawshılardıń eski usılı.
offer-flag-conflict-zone = 🪖 <b>Urıs aymaǵı.</b> Urıs aymaǵındaǵı jumıstı júdá joqarı aylıqlı qurılıs yamasa qorıqlaw jumısı dep usınǵan.
offer-flag-conflict-pay = 🪖 <b>Rossiyada qurılıs yamasa qorıqlaw ushın júdá joqarı aylıq.</b> 2022-jılı ayına 240 000 rubl wáde etilgen usınday usınıs adamlardı urıs aymaǵına alıp barǵan.

# What to do about each.
offer-advice-upfront-fee = 👉 Jumıs, viza yamasa hújjetler ushın hesh kimge pul tólemeń hám ótkermeń.
offer-advice-document-retention = 👉 Pasportıńızdı jumıs beriwshige yamasa dáldalshıǵa bermeń: ol hár dayım ózińizde bolsın.
offer-advice-unrealistic-pay = 👉 Aylıqtı jazba shártnamada kóriń hám Migraciya agentligi saytındaǵı rásmiy vakansiyalar menen salıstırıń.
offer-advice-wrong-visa = 👉 Qaysı viza beriletuǵının sorań: islew ushın sol mámlekettiń jumıs vizası yamasa islewge ruqsatnaması kerek.
offer-advice-no-contract = 👉 Ketiwden aldın ózińiz túsinetuǵın tilde jazba shártnama alıń hám onıń nusqasın saqlań.
offer-advice-messenger-only = 👉 Kompaniyanıń tolıq atın hám mánzilin sorań hám tekseriń; hújjet yamasa puldı messenjer arqalı jibermeń.
offer-advice-urgency = 👉 Asıqpań: haqıyqıy jumıs beriwshi siz tekserip bolǵansha kútedi.
offer-advice-no-requirements = 👉 Qanday jumıs, jumıs waqtı hám shárayatlar qanday ekenin jazba túrde sorań.
offer-advice-debt-bondage = 👉 Jol hám viza qárejetlerin kim tóleytuǵının ketiwden aldın jazba túrde kelisip alıń: siz jumıs beriwshiden qarızdar bolmawıńız kerek.
offer-advice-targeted-recruitment = 👉 Bunday usınısqa razı bolmań. Siz yamasa tanısıńız usınday usınıs alǵan bolsa, adam menen sóylesiń.
offer-advice-unverifiable-employer = 👉 Jumıs beriwshi menen tikkeley, onıń rásmiy saytı arqalı baylanısıń. Ullı Britaniyada máwsimlik jumıs tek licenziyalı operatorlar arqalı boladı.
offer-advice-unlicensed-agency = 👉 Agentliktiń licenziyasın Migraciya agentliginiń rásmiy kanalları arqalı tekseriń.
offer-advice-guaranteed-outcome = 👉 Koreya (<code>EPS</code>) imtixanınıń sánelerin Migraciya agentligi járiyalaydı; imtixannan «ótkerip beriwdi» pulǵa satıw — aldaw.
offer-advice-conflict-zone = 👉 Razı bolmań. Siz yamasa jaqınıńız álleqashan ketken bolsa, házir adam menen sóylesiń.

## Short titles of the flags, with the quoted words (the short report).
offer-flag-upfront-fee-title = 💸 <b>Aldınnan pul soralıp atır:</b> «<i>{ $evidence }</i>»
offer-flag-document-retention-title = 🛂 <b>Pasportıńızdı alıp qalmaqshı:</b> «<i>{ $evidence }</i>»
offer-flag-unrealistic-pay-title = 💰 <b>Júdá úlken aylıq wáde etilip atır:</b> «<i>{ $evidence }</i>»
offer-flag-salary-too-high-title = 💰 <b>Aylıq shamadan tıs joqarı:</b> «<i>{ $evidence }</i>»
offer-flag-wrong-visa-title = 🛑 <b>Jumıs ushın nadurıs viza:</b> «<i>{ $evidence }</i>»
offer-flag-no-contract-title = 📄 <b>Jazba shártnama joq:</b> «<i>{ $evidence }</i>»
offer-flag-messenger-only-title = 📱 <b>Tek messenjer arqalı:</b> «<i>{ $evidence }</i>»
offer-flag-messenger-contacts-title = 📱 <b>Tek messenjerdegi baylanıs:</b> «<i>{ $evidence }</i>»
offer-flag-urgency-title = ⏰ <b>Asıqtırıp atır:</b> «<i>{ $evidence }</i>»
offer-flag-no-requirements-title = 🎓 <b>Hesh qanday talap joq:</b> «<i>{ $evidence }</i>»
offer-flag-debt-bondage-title = ⛓ <b>Qárejetler aylıqtan ustaladı:</b> «<i>{ $evidence }</i>»
offer-flag-targeted-recruitment-title = ⚠️ <b>Hostes, oficiant, biyshi yamasa model jumısı:</b> «<i>{ $evidence }</i>»
offer-flag-targeted-combo-title = 🚨 <b>Hayallardı hostes, oficiant yamasa biyshi jumısına jallaw — jas, sırtqı kóriniske talap yamasa shet elge ketiw menen:</b> «<i>{ $evidence }</i>»
offer-flag-unverifiable-employer-title = ❓ <b>Jumıs beriwshini tekserip bolmaydı:</b> «<i>{ $evidence }</i>»
offer-flag-unlicensed-agency-title = 🚫 <b>Licenziyası joq dáldalshı:</b> «<i>{ $evidence }</i>»
offer-flag-agency-revoked-title = 🚫 <b>{ $name } licenziyası biykar etilgen:</b> «<i>{ $evidence }</i>»
offer-flag-agency-suspended-title = 🚫 <b>{ $name } licenziyası toqtatılǵan:</b> «<i>{ $evidence }</i>»
offer-flag-agency-unknown-title = ❓ <b>{ $name }:</b> «<i>{ $evidence }</i>»
offer-flag-agency-no-reps-title = 🚫 <b>{ $name } kompaniyasınıń Ózbekstanda wákilleri joq:</b> «<i>{ $evidence }</i>»
offer-flag-reported-contact-title = 🚫 <b>Bul baylanıs aldawda belgilengen:</b> «<i>{ $evidence }</i>»
offer-flag-reported-name-title = 🚫 <b>Bul kompaniya aldawda belgilengen:</b> «<i>{ $evidence }</i>»
offer-flag-reported-name = 🚫 <b>Bul kompaniya aldawda belgilengen.</b> Onıń atı aldaw haqqındaǵı xabarlarda ushıraǵan. Bul onıń licenziyası haqqında maǵlıwmat emes: agentlikti Migraciya agentligi arqalı tekseriń.
offer-flag-guaranteed-outcome-title = 🎲 <b>«100% kepillik» wáde etilip atır:</b> «<i>{ $evidence }</i>»
offer-flag-embassy-connections-title = 🎲 <b>«Elshixanada tanıslar» bar dep atır:</b> «<i>{ $evidence }</i>»
offer-flag-conflict-zone-title = 🪖 <b>Urıs aymaǵı:</b> «<i>{ $evidence }</i>»
offer-flag-conflict-pay-title = 🪖 <b>Rossiyada qurılıs yamasa qorıqlaw ushın júdá joqarı aylıq:</b> «<i>{ $evidence }</i>»

## The short report (risk line, three flags with one advice line each, what looks
## right, a "show all" button), the sourced pay references and the green signals.
offer-btn-show-all = 📋 Hámmesin kórsetiw
offer-greens-header = ✅ <b>Durıs kórinetuǵın tárepleri:</b>
offer-green-no-fee = • jumısshı hesh nárse tólemeydi
offer-green-employer-pays = • shıǵınlardı jumıs beriwshi tóleydi
offer-green-contract = • shártnama ketiwden aldın
offer-green-licensed = • licenziya kórsetilgen (onı Migraciya agentliginde tekseriń)
offer-green-passport = • pasport ózińizde qaladı
offer-flag-agency-not-listed = ❓ <b>«{ $name }» agentligi bizdiń dizimde tabılmadı.</b> Bul licenziyası joq degeni emes, biraq pul tólewden yamasa qol qoyıwdan aldın onı Migraciya agentliginde tekseriń.
offer-flag-pay-reference = 💰 <b>Aylıq bul jumıs ushın ádettegiden álleqayda joqarı.</b> Tájiriybesiz jumıs ushın júdá úlken aylıq — jalǵan usınıslardıń keń tarqalǵan hiylesi.
offer-pay-russia-courier = 💰 <b>Ádettegiden álleqayda joqarı:</b> «<i>{ $evidence }</i>». Rossiyada kuryerlerge ádette ayına { $figure } usınıladı ({ $cite }).
offer-pay-russia-loader = 💰 <b>Ádettegiden álleqayda joqarı:</b> «<i>{ $evidence }</i>». Rossiyada júk tasıwshılarǵa ádette ayına { $figure } usınıladı ({ $cite }).
offer-pay-russia-construction = 💰 <b>Ádettegiden álleqayda joqarı:</b> «<i>{ $evidence }</i>». Rossiyada qurılısta ádette ayına { $figure } usınıladı ({ $cite }).
offer-pay-russia-cleaner = 💰 <b>Ádettegiden álleqayda joqarı:</b> «<i>{ $evidence }</i>». Rossiyada farroshlarǵa ádette ayına { $figure } tólenedi ({ $cite }).
offer-pay-russia-taxi = 💰 <b>Ádettegiden álleqayda joqarı:</b> «<i>{ $evidence }</i>». Moskvada takside ádette ayına { $figure } usınıladı ({ $cite }).
offer-pay-russia-median = 💰 <b>Ádettegiden álleqayda joqarı:</b> «<i>{ $evidence }</i>». Rossiyada jumısshılardıń yarımı ayına { $figure } den kem aladı ({ $cite }).
offer-pay-kazakhstan = 💰 <b>Ádettegiden álleqayda joqarı:</b> «<i>{ $evidence }</i>». Qazaqstanda jumısshılardıń yarımı ayına { $figure } den kem aladı ({ $cite }).
offer-pay-turkey = 💰 <b>Ádettegiden álleqayda joqarı:</b> «<i>{ $evidence }</i>». Túrkiyada eń kem aylıq qolǵa ayına { $figure } ({ $cite }).
offer-pay-korea = 💰 <b>Ádettegiden álleqayda joqarı:</b> «<i>{ $evidence }</i>». Koreyada eń kem aylıq ayına { $figure } ({ $cite }); <code>EPS</code> jumısları ádette oǵan jaqın tólenedi.
offer-pay-uk = 💰 <b>Ádettegiden álleqayda joqarı:</b> «<i>{ $evidence }</i>». Ullı Britaniyada eń kem aylıq saatına { $figure } ({ $cite }); máwsimlik jumısshılarǵa oǵan jaqın tólenedi.
offer-pay-poland = 💰 <b>Ádettegiden álleqayda joqarı:</b> «<i>{ $evidence }</i>». Polshada eń kem aylıq qolǵa ayına shama menen { $figure } ({ $cite }).
offer-pay-germany = 💰 <b>Ádettegiden álleqayda joqarı:</b> «<i>{ $evidence }</i>». Germaniyada eń kem aylıq saatına { $figure } ({ $cite }).
offer-flag-agency-not-listed-title = ❓ <b>Dizimimizde tabılmadı:</b> «<i>{ $evidence }</i>»
offer-flag-pay-reference-title = 💰 <b>Aylıq ádettegiden álleqayda joqarı:</b> «<i>{ $evidence }</i>»
