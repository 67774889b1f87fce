# Review status: drafted, awaiting native-speaker review
# The operators' toolkit (#17): blocked users, "Report this offer", hotline-confirmed contacts,
# and the operators' commands /tag, /refer, /send, /snip, /block, /mine, /take, /confirm.

## The user's side.

hotline-blocked = Xabarlarıńız endi isenim liniyası operatorlarına jiberilmeydi. Bot burınǵıday isleydi: menyu bólimleri, jumıs usınısların tekseriw hám tez járdem nomerleri siz ushın ashıq.
hotline-snippet = 💬 <b>Isenim liniyası</b> (múrájat #{ $case }):
offer-btn-report = 🚩 Bul usınıs haqqında xabar beriw
offer-report-ask =
    <b>Aldawshı usınıs haqqında xabar beresiz be?</b>
    Isenim liniyası operatorları usınıstaǵı tek usı baylanıslar menen atamalardı aladı:
    { $contacts }
    Atıńız hám akkauntıńız jiberilmeydi. Operator aldawdı tastıyıqlasa, bot usı baylanıslı usınıstı teksergen basqalardı eskertedi.
offer-report-btn-contacts = 📨 Tek baylanıslardı jiberiw
offer-report-btn-text = 📨 Baylanıslar hám pútkil tekstti jiberiw
offer-report-btn-cancel = ✖️ Jibermew
offer-report-nothing = Bul usınısta telefon, nik, silteme yamasa agentlik atı joq — xabar beretuǵın nárse joq. Onı aldaw dep esaplasańız, operator menen sóylesiń.
offer-report-sent = Raxmet! <b>#{ $report }</b> xabarı operatorlarǵa jiberildi. Atıńız hám akkauntıńız olarǵa berilmedi.
offer-flag-hotline-confirmed-title = 🚫 <b>Bul baylanıs aldawshılardiki:</b> «<i>{ $evidence }</i>». Ol haqqında { $times } ret xabar berilgen, isenim liniyası onı { $date } kúni tastıyıqlaǵan.
offer-flag-hotline-confirmed = 🚫 <b>Isenim liniyası bul baylanıstan aldawshılar paydalanatuǵının tastıyıqladı.</b> Safar arqalı usınıslardı teksergen adamlar ol haqqında xabar bergen, operatorlar onı tekserdi.
offer-advice-hotline-confirmed = Bul baylanısqa pul tólemeń hám hújjet jibermeń. Eger pul tólegen yamasa pasporttı bergen bolsańız — operator menen sóylesiń.
offer-flag-hotline-confirmed-name-title = 🚫 <b>Bul kompaniya atınan aldap atır:</b> «<i>{ $evidence }</i>». Ol haqqında { $times } ret xabar berilgen, isenim liniyası onı { $date } kúni tastıyıqlaǵan.
offer-flag-hotline-confirmed-name = 🚫 <b>Isenim liniyası bul kompaniya atınan adamlardı aldap atırǵanın tastıyıqladı.</b> Safar arqalı usınıslardı teksergen adamlar ol haqqında xabar bergen, operatorlar onı tekserdi. At hár túrli jazılıwı múmkin — bot onı basqa jazıwda da tanıydı.
offer-advice-hotline-confirmed-name = Bul kompaniyaǵa hám onıń atınan sóylep atırǵanlarǵa pul tólemeń, hújjet jibermeń. Eger pul tólegen yamasa pasporttı bergen bolsańız — operator menen sóylesiń.

## The operators' group.

ops-queue-taken = Jumısta: { $count }.
ops-queue-taken-line = #{ $case } · { $priority } · { $lang } · { $age } min. · { $operator }
ops-mine = Sizdiń ashıq múrájatlarıńız ({ $operator }): { $count }.
ops-close-needs-category =
    #{ $case } jabıwdan aldın múrájat ne haqqında ekenin kórsetiń: /tag KATEGORIYA…
    Kategoriyalar: { $categories }
ops-close-needs-referral =
    referred nátiyjesi: aldın paydalanıwshını baǵdarlań — /refer SHÓLKEM (#{ $case }).
    { $orgs }
ops-tag-usage =
    Jazıń: /tag KATEGORIYA… (bir neshewi múmkin). Alıp taslaw: /untag KATEGORIYA.
    Kategoriyalar: { $categories }
ops-tag-unknown =
    Bunday kategoriya joq: { $unknown }. Hesh nárse ózgermedi.
    Kategoriyalar: { $categories }
ops-tagged = #{ $case }: kategoriyalar — { $categories }.
ops-refer-usage =
    Jazıń: /refer SHÓLKEM — paydalanıwshı onıń baylanısın óz tilinde aladı.
    { $orgs }
ops-refer-unknown =
    Bunday shólkem joq: { $org }. Hesh nárse jiberilmedi.
    { $orgs }
ops-referred = #{ $case }: paydalanıwshı «{ $org }» baylanısın aldı ({ $contact }).
ops-send-none = «{ $query }» ǵa sáykes bet joq. Barlıǵın kóriw ushın /send sózsiz jazıń.
ops-send-list =
    Betler ({ $count } dan { $shown }). Paydalanıwshıǵa jiberiw: /send SKRIPT:TÚYIN
    { $pages }
ops-sent = #{ $case }: paydalanıwshı { $page } betin aldı («{ $title }»).
ops-snip-usage =
    Jazıń: /snip AT — paydalanıwshı tilindegi qısqa tayar juwap.
    { $names }
ops-snip-unknown =
    «{ $name }» tayar juwabı joq. Hesh nárse jiberilmedi.
    { $names }
ops-snipped = #{ $case }: «{ $name }» tayar juwabı jiberildi.
ops-block-usage = Jazıń: /block [SAAT] sebep — mısalı, /block 24 qorlaw. Saatsız — /unblock qa shekem.
ops-blocked = #{ $case }: paydalanıwshı xabarları endi operatorlarǵa kelmeydi (/unblock qa shekem). Bot, usınıslardı tekseriw hám tez járdem nomerleri ol ushın isleydi. Paydalanıwshıǵa bul bir ret aytıldı.
ops-blocked-until = #{ $case }: paydalanıwshı xabarları { $until } ge shekem operatorlarǵa kelmeydi. Bot, usınıslardı tekseriw hám tez járdem nomerleri ol ushın isleydi. Paydalanıwshıǵa bul bir ret aytıldı.
ops-unblocked = #{ $case }: blok alıp taslandı, paydalanıwshı xabarları qaytadan operatorlarǵa keledi.
ops-not-blocked = #{ $case }: paydalanıwshı bloklanbaǵan.
ops-take-usage = Jazıń: /take NOMER (mısalı, /take 12).
ops-take-admins-only = #{ $case } múrájatın kásiplesten tek bot administratorı ala aladı.
ops-taken-over = #{ $case } múrájatı endi { $operator } da ({ $previous } da edi).
ops-report-usage = Jazıń: /confirm NOMER [eskertpe] yamasa /reject NOMER (aldaw haqqındaǵı xabar nomeri).
ops-report-not-found = Aldaw haqqındaǵı #{ $report } xabarı joq.
ops-report-decided = #{ $report } xabarı áldeqashan kórip shıǵılǵan: { $status } ({ $operator }).
ops-report-confirmed =
    #{ $report } xabarı tastıyıqlandı ({ $operator }). Bot endi usı baylanıslar haqqında eskertedi:
    { $contacts }
ops-report-rejected = #{ $report } xabarı biykarlandı ({ $operator }).
ops-unconfirm-usage = Jazıń: /unconfirm BAYLANÍS — telefon, @nik, silteme yamasa kompaniya atı.
ops-unconfirmed = { $contact } endi tastıyıqlanǵan aldawshı baylanıs esaplanbaydı.
ops-unconfirm-unknown = { $contact } tastıyıqlanǵan baylanıslar arasında joq.
ops-scam-report =
    🚩 <b>Aldaw haqqında xabar #{ $report }</b> · qáwip: { $risk } · til: { $lang }
    Baylanıslar:
    { $contacts }
    Atamalar: { $names }
ops-scam-report-text =
    Usınıs teksti (paydalanıwshı onı jiberiwge razı boldı):
    <blockquote>{ $text }</blockquote>
ops-scam-report-how = Tastıyıqlaw: /confirm { $report } [eskertpe] · biykarlaw: /reject { $report }
ops-name-refused-short = «{ $name }» tastıyıqlanbaydı: at júdá qısqa (MChJ, OOO, LLC sıyaqlı formasız keminde 5 hárip kerek), ol boyınsha bot hadal usınıslar haqqında da eskertken bolar edi.
ops-name-refused-generic = «{ $name }» tastıyıqlanbaydı: onda tek ulıwma sózler bar (agentlik, jumıs, kompaniya, mámleket, MChJ sıyaqlı forma), ol boyınsha bot hadal usınıslar haqqında da eskertken bolar edi.
ops-name-refused-registry = «{ $name }» tastıyıqlanbaydı: bul agentlikler reestrindegi { $agency } (offer-registry.yaml), ol haqqında bot reestrde jazılǵandı aytadı.
