//! Checker tests on the shipped rules: each category, the registry, combinations, the salary
//! table, the reply, the JSON, and the rules file's diagnostics.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::*;

fn dialogues() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dialogues")
}

fn shipped() -> &'static OfferChecker {
    static CHECKER: OnceLock<OfferChecker> = OnceLock::new();
    CHECKER.get_or_init(|| {
        let mut diags = Diagnostics::default();
        let checker = OfferChecker::load(&dialogues(), &mut diags);
        assert!(!diags.has_errors(), "{diags}");
        checker.expect("shipped rules load")
    })
}

/// The categories flagged in `text`, with the quoted evidence of each first flag.
fn flagged(text: &str) -> Vec<(Category, String)> {
    let r = shipped().check(text);
    let mut out: Vec<(Category, String)> = Vec::new();
    for f in &r.flags {
        if !out.iter().any(|(c, _)| *c == f.category) {
            out.push((f.category, f.evidence[0].text.clone()));
        }
    }
    out
}

fn has(text: &str, category: Category) -> Option<String> {
    flagged(text)
        .into_iter()
        .find(|(c, _)| *c == category)
        .map(|(_, e)| e)
}

#[track_caller]
fn assert_flag(text: &str, category: Category, evidence: &str) {
    let all = flagged(text);
    let got = all.iter().find(|(c, _)| *c == category);
    assert_eq!(
        got.map(|(_, e)| e.as_str()),
        Some(evidence),
        "{category} in {text:?}; all: {all:?}"
    );
}

#[test]
fn shipped_rules_load() {
    let (rules, combos, agencies) = shipped().counts();
    assert!(rules > 10 && combos > 3, "{rules} rules, {combos} combos");
    assert_eq!(agencies, 4);
}

#[test]
fn upfront_fee_in_every_script() {
    use Category::UpfrontFee as C;
    assert_flag(
        "Vizani olish uchun 70 foizini oldindan, qolgan 30 foizini keyin toʻlaysiz",
        C,
        "foizini oldindan, qolgan 30 foizini keyin toʻlaysiz",
    );
    // The real wording from the brief, in Uzbek Cyrillic [6].
    assert_flag(
        "70 фоизини олдиндан, қолган 30 фоизини эса виза ҳужжатлари тайёр бўлганидан кейин",
        C,
        "фоизини олдиндан, қолган 30 фоизини",
    );
    assert_flag(
        "Предоплата 50% за оформление",
        C,
        "Предоплата 50% за оформление",
    );
    assert_flag("Ish uchun aldınnan tólem 500 dollar", C, "aldınnan tólem");
    // Look-alike letters do not hide it: Cyrillic о and а in a Latin word.
    assert_flag("Оldindаn toʻlov 300$", C, "Оldindаn toʻlov");
    // A legit ad saying there is no fee is not flagged.
    assert_eq!(
        has("Hech qanday oldindan toʻlov yoʻq, xizmat bepul", C),
        None
    );
    assert_eq!(has("Предоплату не берём", C), None);
}

#[test]
fn document_retention() {
    use Category::DocumentRetention as C;
    assert_flag(
        "Pasportingizni ish beruvchi saqlaydi",
        C,
        "Pasportingizni ish beruvchi saqlaydi",
    );
    assert_flag(
        "Паспорт на время работы остаётся у работодателя",
        C,
        "Паспорт на время работы остаётся",
    );
    assert_eq!(has("Паспорт всегда остаётся у вас", C), None);
    assert_eq!(has("Pasport nusxasini topshirasiz", C), None);
}

#[test]
fn unrealistic_pay_by_wording_and_by_table() {
    use Category::UnrealisticPay as C;
    assert_flag(
        "Предлагаем работу в Россию за высокую зарплату",
        C,
        "высокую зарплату",
    );
    // The brief's Korea scam: «ойига 2000 доллар маош» [11].
    assert_flag(
        "Кореяда ишлаш, ойига 2000 доллар маош",
        C,
        "ойига 2000 доллар",
    );
    // 240,000 roubles a month in Russia [13].
    assert_flag("Москва, 240 000 руб в месяц", C, "240 000 руб в месяц");
    // The same pay for a country with no row: no flag from the table.
    assert_eq!(has("Polshada ish, oyiga 2000 dollar", C), None);
    // Below the threshold: no flag.
    assert_eq!(has("Koreya, oyiga 1500$", C), None);
    // A fee is not pay.
    assert_eq!(has("Koreya: imtihon uchun 6000$ toʻlov", C), None);
}

#[test]
fn hostess_sector_row_applies_in_the_uae() {
    use Category::UnrealisticPay as C;
    // ~3,000 dirhams a week for a hostess in Dubai [22]: the hostess row applies.
    assert_flag(
        "В лаунж-бар в Дубае требуются хостес, 3000 дирхам в неделю",
        C,
        "3000 дирхам в неделю",
    );
    // 2,000 dirhams a week: below the hostess row (the `any` row is not used then).
    assert_eq!(
        has(
            "В лаунж-бар в Дубае требуются хостес, 2000 дирхам в неделю",
            C
        ),
        None
    );
}

#[test]
fn wrong_visa() {
    use Category::WrongVisa as C;
    assert_flag("Polshaga turistik viza bilan boramiz", C, "turistik viza");
    assert_flag(
        "Оформим туристическую визу в Чехию",
        C,
        "туристическую визу",
    );
    assert_flag("Turistlik viza menen jumısqa", C, "Turistlik viza");
    assert_eq!(
        has("Turistik viza bilan ishlash mumkin emas", C),
        None,
        "a warning is not an offer"
    );
}

#[test]
fn no_contract() {
    use Category::NoContract as C;
    assert_flag(
        "Shartnoma kerak emas, borgach kelishamiz",
        C,
        "Shartnoma kerak emas, borgach",
    );
    assert_flag("Договор заключим на месте", C, "Договор заключим на месте");
    assert_flag("Shártnama kerek emes", C, "Shártnama kerek emes");
}

#[test]
fn messenger_only() {
    use Category::MessengerOnly as C;
    assert_flag("Batafsil faqat lichkaga yozing", C, "faqat lichkaga yozing");
    assert_flag("Пишите в лс, звонки не принимаем", C, "Пишите в лс");
    // Only a handle as a contact: the derived signal.
    let r = shipped().check("Ish bor. Yozing: @ish_dubai");
    assert!(r.flags.iter().any(|f| f.rule == "messenger_only_contacts"));
    let r = shipped().check("Ish bor. Tel: +998 90 123 45 67, @ish_dubai");
    assert!(!r.flags.iter().any(|f| f.rule == "messenger_only_contacts"));
}

#[test]
fn urgency() {
    use Category::Urgency as C;
    assert_flag("Shoshiling, joylar soni cheklangan!", C, "Shoshiling");
    assert_flag("Срочно! Места ограничены", C, "Срочно");
    assert_flag("Tez arada jazıń", C, "Tez arada");
}

#[test]
fn no_requirements() {
    use Category::NoRequirements as C;
    // Real wordings [22][23].
    assert_flag(
        "Опыт работы приветствуется, но не обязателен",
        C,
        "Опыт работы приветствуется, но не обязателен",
    );
    assert_flag(
        "til bilmasa ham, pulini bersa imtihonga kiritishadi",
        C,
        "til bilmasa ham",
    );
    assert_flag("Tájiriybe kerek emes", C, "Tájiriybe kerek emes");
}

#[test]
fn debt_bondage() {
    use Category::DebtBondage as C;
    assert_flag(
        "Билет и визу оплатим, потом вычтем из зарплаты",
        C,
        "вычтем из зарплаты",
    );
    assert_flag(
        "Yoʻl kira birinchi oylikdan ushlab qolinadi",
        C,
        "Yoʻl kira birinchi oylikdan ushlab",
    );
    assert_eq!(has("Из зарплаты ничего не вычитаем", C), None);
}

#[test]
fn targeted_recruitment_combination_weighs_more() {
    use Category::TargetedRecruitment as C;
    // The brief's Dubai ad [22].
    let text = "В лаунж-бар в Дубае требуются девушки на позицию хостес. Опыт работы \
                приветствуется, но не обязателен";
    let r = shipped().check(text);
    let combo = r
        .flags
        .iter()
        .find(|f| f.rule == "women-hostess-gulf")
        .expect("combo");
    let fewer = r
        .flags
        .iter()
        .find(|f| f.rule == "hostess-gulf")
        .expect("two of three");
    assert!(combo.weight > fewer.weight);
    // The hostess marker alone is never shown.
    assert!(!r.flags.iter().any(|f| f.rule == "hostess-work"));
    let quoted: Vec<&str> = combo.evidence.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(quoted, vec!["лаунж", "Дубае", "девушки"]);
    assert_eq!(r.risk, Risk::High);
    // Uzbek Latin and Karakalpak too.
    assert!(has("Dubayga 18-25 yoshli qizlar kerak, ofitsiantka", C).is_some());
    assert!(has("Túrkiyaǵa jas qızlar kerek, biyshi jumısı", C).is_some());
    // A waitress job at home is not flagged at all.
    assert!(
        shipped()
            .check("Toshkentdagi kafega ofitsiantka kerak")
            .flags
            .is_empty()
    );
    let r = shipped().check("Стамбул: в кафе нужны официантки");
    let f = r
        .flags
        .iter()
        .find(|f| f.rule == "hostess-abroad")
        .expect("abroad");
    let quoted: Vec<&str> = f.evidence.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(quoted, vec!["Стамбул", "официантки"]);
}

#[test]
fn unverifiable_employer() {
    use Category::UnverifiableEmployer as C;
    assert_flag(
        "Название компании сообщим после оплаты",
        C,
        "Название компании сообщим после",
    );
    assert_flag(
        "Kompaniya nomini keyin aytamiz",
        C,
        "Kompaniya nomini keyin aytamiz",
    );
}

#[test]
fn unlicensed_agency_by_wording_and_registry() {
    use Category::UnlicensedAgency as C;
    assert_flag("Работаем без лицензии, но честно", C, "без лицензии");
    // Revoked licences from the registry [29][82], in Latin and Cyrillic script.
    assert_flag("Ethero orqali Angliyaga mavsumiy ish", C, "Ethero");
    assert_flag(
        "AG Recruitment приглашает в Великобританию",
        C,
        "AG Recruitment",
    );
    assert_flag(
        "Turon World Cooperation: Germaniyada Ferienjob",
        C,
        "Turon World Cooperation",
    );
    // `Turon` alone is a common name: no flag.
    assert_eq!(has("Turon restoraniga oshpaz kerak", C), None);
    let r = shipped().check("Ethero orqali ish");
    let f = r.flags.iter().find(|f| f.rule == "agency_revoked").unwrap();
    assert!(f.args.iter().any(|(k, v)| *k == "name" && v == "Ethero"));
    assert_eq!(r.agencies[0].status, Status::Revoked);
}

#[test]
fn operator_without_local_representatives() {
    let r = shipped().check("Fruitful Jobs rasmiy vakili: Buyuk Britaniyaga ish");
    assert!(
        r.flags
            .iter()
            .any(|f| f.rule == "agency_no_local_representatives"
                && f.category == Category::UnverifiableEmployer)
    );
    assert_eq!(r.risk, Risk::High);
}

#[test]
fn guaranteed_outcome() {
    use Category::GuaranteedOutcome as C;
    // Korea exam brokers [23], Latin and Cyrillic.
    assert_flag("Yuz foiz o‘tkazib beramiz", C, "Yuz foiz o‘tkazib");
    assert_flag("Юз фоиз ўтказиб берамиз", C, "Юз фоиз ўтказиб");
    assert_flag("Виза 100% гарантия", C, "Виза 100% гарантия");
    // Overlapping matches of one rule are quoted as one fragment.
    assert_flag(
        "Виза 100% гарантия, без отказа",
        C,
        "Виза 100% гарантия, без отказа",
    );
    assert_flag(
        "Elchixonada tanishlarimiz bor",
        C,
        "Elchixonada tanishlarimiz",
    );
    // The Agency's notice: passing does not guarantee a job [77].
    assert_eq!(has("Imtihondan oʻtish ishga kafolat bermaydi", C), None);
}

#[test]
fn conflict_zone() {
    use Category::ConflictZone as C;
    assert_flag("Стройка в Мариуполе, 300 000 руб в месяц", C, "Мариуполе");
    assert_flag("Donetskda qurilish ishlari", C, "Donetskda");
    // Very high pay for security work in Russia, without naming the war [13].
    let r = shipped().check("Охранник в Россию, 250 000 рублей в месяц");
    assert!(
        r.flags.iter().any(|f| f.rule == "conflict-pay-russia"),
        "{r:?}"
    );
    // The marker alone is never shown.
    let r = shipped().check("Qurilishga ishchilar kerak, Toshkent");
    assert!(r.flags.is_empty(), "{r:?}");
}

#[test]
fn legit_offers_stay_low() {
    let texts = [
        "Migratsiya agentligi EPS-TOPIK imtihoniga roʻyxatdan oʻtishni eʼlon qiladi. \
         Yoshi 18–39, sudlanmagan. Imtihondan oʻtish ishga kafolat bermaydi. \
         Hech kimga pul toʻlamang.",
        "Агентство по миграции: вакансии в Германии по соглашению о миграции. \
         Письменный трудовой договор до выезда, дорогу оплачивает работодатель.",
        "Toshkentdagi restoranga oshpaz kerak. Oylik 6 mln soʻm. Tel: +998 71 200 00 00",
    ];
    for t in texts {
        let r = shipped().check(t);
        assert_eq!(r.risk, Risk::Low, "{t}: {:?}", r.flags);
    }
}

#[test]
fn evidence_is_the_original_text() {
    let text = "ПРЕДОПЛАТА   50%!!! Паспорт  заберём. Oldindаn   toʻlov";
    let r = shipped().check(text);
    for f in &r.flags {
        for e in &f.evidence {
            assert_eq!(&text[e.start..e.end], e.text);
        }
    }
    assert!(
        r.flags
            .iter()
            .any(|f| f.evidence[0].text == "Паспорт  заберём")
    );
}

#[test]
fn looks_like_offer_needs_job_words_and_money_or_contact() {
    let c = shipped();
    assert!(c.looks_like_offer("Koreyaga ishga odam kerak, oyiga 2000$, tel +998 90 123 45 67"));
    assert!(c.looks_like_offer("Требуются рабочие на стройку, пишите @rabota_msk срочно"));
    assert!(!c.looks_like_offer("Salom, qalaysiz? Ertaga uchrashamizmi?"));
    assert!(!c.looks_like_offer("Rossiyada patent qancha turadi, 2000 rubl?"));
}

#[test]
fn json_has_the_report_fields_with_green_signals() {
    let text = "Dubayga 18-25 yoshli qizlar kerak! Oyiga 1500$, oldindan toʻlov 300$. \
                Tel +998 90 123 45 67, @ish_dubai. Ethero. Shartnoma joʻnashdan oldin.";
    let r = shipped().check(text);
    let json: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(json["risk"], "high");
    assert!(json["flags"][0]["category"].is_string());
    assert!(json["flags"][0]["evidence"][0]["text"].is_string());
    assert_eq!(
        json["greens"][0]["id"], "contract-before-departure",
        "{json}"
    );
    // Fluent ids are for the reply, not for JSON readers.
    assert!(json["flags"][0].get("explain").is_none());
}

#[test]
fn reported_contacts_are_flagged() {
    let registry = "reported_contacts:\n  - kind: phone\n    value: \"+998 90 111 22 33\"\n    source: test\n    reported: \"2026-11-30\"\n  - kind: handle\n    value: \"@fake_jobs\"\n    source: test\n    reported: \"2026-11-30\"\n";
    let rules = std::fs::read_to_string(dialogues().join(rules::RULES_FILE)).unwrap();
    let mut diags = Diagnostics::default();
    let c = OfferChecker::from_sources(
        (Path::new("r.yaml"), &rules),
        (Path::new("g.yaml"), registry),
        &mut diags,
    )
    .expect("loads");
    let r = c.check("Ish bor: 90 111-22-33 yoki t.me/Fake_Jobs");
    let f = r
        .flags
        .iter()
        .find(|f| f.rule == "reported_contact")
        .expect("flag");
    let quoted: Vec<&str> = f.evidence.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(quoted, vec!["90 111-22-33", "t.me/Fake_Jobs"]);
    assert_eq!(r.risk, Risk::High);
}

#[test]
fn generalised_wordings_of_each_family() {
    // Each line says one red flag in words no single phrase of the rules file spells out: the
    // word lists ({passport} ~ {kept}, {pay} ~ {deduct}, …) cover them.
    let cases: &[(&str, Category, &str)] = &[
        (
            "Borganingizdan keyin pasportlar kompaniyada turadi.",
            Category::DocumentRetention,
            "pasportlar kompaniyada turadi",
        ),
        (
            "Документы на время контракта хранятся у работодателя.",
            Category::DocumentRetention,
            "Документы на время контракта хранятся",
        ),
        (
            "Aviabilet puli 3 oy davomida maoshingizdan chegirib boriladi.",
            Category::DebtBondage,
            "maoshingizdan chegirib",
        ),
        (
            "Перелёт берём на себя, с первых зарплат вернёте.",
            Category::DebtBondage,
            "зарплат вернёте",
        ),
        (
            "Шенген визаси (саёҳат), у ерда ишлайверасиз.",
            Category::WrongVisa,
            "Шенген визаси (саёҳат",
        ),
        (
            "Ish ruxsatnomasi kerak emas, joyida hal qilamiz.",
            Category::WrongVisa,
            "Ish ruxsatnomasi kerak emas",
        ),
        (
            "Viza chiqmasa pulingiz qaytariladi, garantiya bor.",
            Category::GuaranteedOutcome,
            "Viza chiqmasa pulingiz qaytariladi, garantiya bor",
        ),
        (
            "Koreya EPS-TOPIK: ответы на экзамен заранее, 100% сдача.",
            Category::GuaranteedOutcome,
            "ответы на экзамен заранее, 100% сдача",
        ),
        (
            "Hech qanday tajriba so'ralmaydi.",
            Category::NoRequirements,
            "tajriba so'ralmaydi",
        ),
        (
            "Контракт йўқ, ишонч асосида.",
            Category::NoContract,
            "Контракт йўқ",
        ),
        (
            "Ertaga jo'naymiz, guruh to'lyapti!",
            Category::Urgency,
            "Ertaga jo'naymiz",
        ),
        (
            "Yarmini hozir, yarmini viza chiqqanda to'laysiz.",
            Category::UpfrontFee,
            "Yarmini hozir",
        ),
    ];
    for &(text, category, evidence) in cases {
        let got = has(text, category);
        assert!(
            got.as_deref().is_some_and(|e| e.starts_with(evidence)),
            "{category} in {text:?}: {got:?}; all: {:?}",
            flagged(text)
        );
    }
}

#[test]
fn a_sum_asked_of_the_worker_is_an_upfront_fee() {
    use Category::UpfrontFee as C;
    for (text, amount) in [
        ("Boshlangʻich badal 1500 yevro.", "1500 yevro"),
        ("Регистрация 700 фунтов, платите переводом.", "700 фунтов"),
        ("Литвага ишга! Визага 900 доллар.", "900 доллар"),
        ("Koreya: imtihon uchun 6000$", "6000$"),
    ] {
        let r = shipped().check(text);
        let f = r
            .flags
            .iter()
            .find(|f| f.category == C)
            .unwrap_or_else(|| panic!("{text}: {:?}", r.flags));
        assert!(
            f.evidence.iter().any(|e| e.text == amount) || f.rule != "fee_amount",
            "{text}: {f:?}"
        );
    }
    // Pay is not a fee, nor is a sum with no word telling what it is.
    assert_eq!(has("Oylik 1500 yevro, yotoqxona bor.", C), None);
    assert_eq!(has("За работу в Польше 1500$ в месяц.", C), None);
    assert_eq!(has("Koreyada 1200$.", C), None);
}

#[test]
fn warnings_and_advice_are_not_offers() {
    // NGO and Agency notices name the red flags; a caution phrase makes the sentence advice.
    for text in [
        "Diqqat! Agar sizdan oldindan pul so'rashsa yoki pasportingizni olib qo'yishsa, bu \
         firibgarlik belgisi.",
        "Если посредник требует деньги вперёд или забирает паспорт — это признаки \
         мошенничества.",
        "Eger sizden aldınnan pul sorasa, isenbeń.",
    ] {
        let r = shipped().check(text);
        assert!(r.flags.is_empty(), "{text}: {:?}", r.flags);
    }
    // Only that sentence: the offer next to a warning is still checked.
    let r = shipped()
        .check("Firibgarlardan ehtiyot bo'ling! Bizda hammasi rasmiy. Oldindan to'lov 50%.");
    assert!(
        r.categories().contains(&Category::UpfrontFee),
        "{:?}",
        r.flags
    );
    // "We are not scammers" is a scam's sentence, not a warning.
    let r = shipped().check("Мы не мошенники, предоплата всего 30%.");
    assert!(
        r.categories().contains(&Category::UpfrontFee),
        "{:?}",
        r.flags
    );
}

#[test]
fn a_percent_is_not_money_nor_a_count() {
    use Category::GuaranteedOutcome as C;
    assert!(has("Виза 100%!", C).is_some());
    assert!(has("100% kafolat bilan ishga joylashtiramiz", C).is_some());
    // `100$` is a price and `100 ta` a count: no promise.
    assert_eq!(has("Viza 100$, tez chiqadi.", C), None);
    assert_eq!(has("Виза 100 долларов", C), None);
    assert_eq!(has("100 ta ishchiga viza kerak", C), None);
    // A percentage is never read as an amount.
    let r = shipped().check("Предоплата 70%, остальное потом");
    assert!(r.amounts.is_empty(), "{:?}", r.amounts);
}

#[test]
fn women_for_restaurants_in_the_gulf_weigh_more_than_any_part() {
    use Category::TargetedRecruitment as C;
    let weight = |text: &str| {
        shipped()
            .check(text)
            .flags
            .iter()
            .filter(|f| f.category == C)
            .map(|f| f.weight)
            .max()
            .unwrap_or(0)
    };
    let all = weight("Ищем девушек до 25 лет для работы в ресторане в Абу-Даби.");
    let no_age = weight("Ищем девушек для работы в ресторане в Абу-Даби.");
    let no_women = weight("Ищем сотрудников для работы в ресторане в Абу-Даби.");
    let at_home = weight("Ищем девушек до 25 лет для работы в ресторане в Ташкенте.");
    assert!(all >= 6, "{all}");
    assert!(no_age >= 6, "{no_age}");
    assert_eq!(no_women, 0);
    assert_eq!(at_home, 0);
    assert_eq!(
        shipped()
            .check("Ищем девушек до 25 лет для работы в ресторане в Абу-Даби.")
            .risk,
        Risk::High
    );
}

#[test]
fn rates_are_never_guessed() {
    use Category::UnrealisticPay as C;
    // Without a rate for dirhams, 5000 dirhams a month in Dubai is not compared with the
    // $1,000 row, while $1,500 is.
    let no_rate = |rules: &str| {
        let mut out = String::new();
        let mut skip = false;
        for line in rules.lines() {
            if line.contains("names: [dirham*") {
                skip = true;
                out.push_str(line);
                out.push('\n');
                continue;
            }
            if skip
                && (line.trim_start().starts_with("usd:")
                    || line.trim_start().starts_with("date:")
                    || line.trim_start().starts_with("source:"))
            {
                continue;
            }
            skip = false;
            out.push_str(line);
            out.push('\n');
        }
        out
    };
    let shipped_rules = std::fs::read_to_string(dialogues().join(rules::RULES_FILE)).unwrap();
    let registry = std::fs::read_to_string(dialogues().join(registry::REGISTRY_FILE)).unwrap();
    let load = |rules: &str| {
        let mut diags = Diagnostics::default();
        OfferChecker::from_sources(
            (Path::new("r.yaml"), rules),
            (Path::new("g.yaml"), &registry),
            &mut diags,
        )
        .expect("loads")
    };
    let c = load(&no_rate(&shipped_rules));
    let has_c = |c: &OfferChecker, t: &str| c.check(t).flags.iter().any(|f| f.category == C);
    assert!(!has_c(&c, "Dubayda ish, oyiga 5000 dirham"));
    assert!(has_c(&c, "Dubayda ish, oyiga 1500 dollar"));
    // With a sourced rate (here a test one), it is.
    let rules = no_rate(&shipped_rules).replace(
        "names: [dirham*, дирхам*, aed]",
        "names: [dirham*, дирхам*, aed]\n    usd: 0.25\n    date: \"2026-01-01\"\n    source: test",
    );
    let c = load(&rules);
    let r = c.check("Dubayda ish, oyiga 5000 dirham");
    assert!(r.flags.iter().any(|f| f.rule == "salary_too_high"), "{r:?}");
    assert_eq!(r.amounts[0].usd_month, Some(1250.0));
    // A rate without its date and source is refused.
    let rules = MINIMAL.replace(
        "rules:",
        "currencies:\n  - code: EUR\n    names: [euro]\n    usd: 1.1\nrules:",
    );
    let errors = rules_errors(&rules);
    assert!(
        errors.iter().any(|e| e.contains("`date` is missing")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.contains("`source` is missing")),
        "{errors:?}"
    );
}

#[test]
fn placeholders_are_warned_about_and_not_used() {
    let mut diags = Diagnostics::default();
    let text = format!(
        "{}destinations:\n  - id: korea\n    names: [koreya*]\nsalaries:\n  - destination: korea\n    to_fill: \"EPS pay\"\ncurrencies:\n  - code: KRW\n    names: [von]\n",
        MINIMAL.replace("rules:", "rules_placeholder:")
    )
    .replace("rules_placeholder:", "rules:");
    // (the sections' order does not matter to YAML)
    let r = rules::Rules::parse(Path::new("d/offer-rules.yaml"), &text, &mut diags);
    assert!(r.is_some(), "{diags}");
    let warnings: Vec<String> = diags.warnings().map(|d| d.to_string()).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("korea") && w.contains("still to fill") && w.contains("EPS pay")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("currency KRW has no rate")),
        "{warnings:?}"
    );
    // The shipped file: every figure and rate has a source in the brief and a date.
    let mut diags = Diagnostics::default();
    let shipped_rules = rules::Rules::load(&dialogues(), &mut diags).expect("loads");
    assert!(!diags.has_errors(), "{diags}");
    for row in &shipped_rules.salaries {
        if row.typical.is_some() || row.too_good.is_some() {
            assert!(
                row.source.contains('['),
                "a scam figure without a brief source: {row:?}"
            );
        } else if row.reference.is_some() {
            assert!(
                row.source.contains("domain brief §6") && !row.date.is_empty(),
                "a reference without the brief's source and date: {row:?}"
            );
            assert!(!row.cite.is_empty(), "{row:?}");
        } else {
            assert!(row.to_fill.is_some(), "{row:?}");
        }
    }
    for c in &shipped_rules.currencies {
        assert!(
            c.code == "USD" || c.usd.is_none() || c.source.contains("domain brief §6"),
            "unsourced rate: {c:?}"
        );
    }
}

#[test]
fn word_list_errors_have_line_and_column() {
    let with_words = |words: &str, pattern: &str| {
        MINIMAL
            .replace("rules:", &format!("words:\n{words}rules:"))
            .replace(
                "uz: [\"oldindan to'lov*\"]",
                &format!("uz: [\"{pattern}\"]"),
            )
    };
    let cases = [
        (
            with_words("  - id: fee\n    uz: [to'lov*]\n", "{fees} ~ oldindan"),
            "d/offer-rules.yaml:12:12:",
            "is not a word list",
        ),
        (
            with_words("  - id: fee\n    ru: [плата]\n", "{fee} ~ oldindan"),
            "d/offer-rules.yaml:12:12:",
            "is not a word list",
        ),
        (
            with_words("  - id: fee\n    uz: [\"pul* to'la*\"]\n", "oldindan"),
            "d/offer-rules.yaml:4:10:",
            "one word or phrase",
        ),
        (
            with_words("  - id: fee\n    uz: [to'lov*]\n", "{fee}ni"),
            "d/offer-rules.yaml:12:12:",
            "as a word of its own",
        ),
    ];
    for (text, at, what) in cases {
        let errors = rules_errors(&text);
        assert!(
            errors.iter().any(|e| e.starts_with(at) && e.contains(what)),
            "expected {at} … {what}; got {errors:?}\n{text}"
        );
    }
    // A list no pattern uses is a warning.
    let mut diags = Diagnostics::default();
    let text = with_words("  - id: fee\n    uz: [to'lov*]\n", "oldindan");
    assert!(rules::Rules::parse(Path::new("d/offer-rules.yaml"), &text, &mut diags).is_some());
    assert!(
        diags
            .warnings()
            .any(|w| w.message.contains("word list `fee` is not used")),
        "{diags}"
    );
}

// ---------------------------------------------------------------------------------------------
// Diagnostics of the rules and registry files.

fn rules_errors(text: &str) -> Vec<String> {
    let mut diags = Diagnostics::default();
    let r = rules::Rules::parse(Path::new("d/offer-rules.yaml"), text, &mut diags);
    assert!(r.is_none() || !diags.has_errors());
    diags.errors().map(|d| d.to_string()).collect()
}

const MINIMAL: &str = "risk: {medium: 3, high: 6}
rules:
  - id: fee
    category: upfront_fee
    weight: 5
    explain: offer-flag-upfront-fee
    advice: offer-advice-upfront-fee
    patterns:
      uz: [\"oldindan to'lov*\"]
";

#[test]
fn a_minimal_rules_file_loads() {
    assert!(rules_errors(MINIMAL).is_empty());
}

#[test]
fn rules_errors_have_line_and_column() {
    let cases = [
        (
            MINIMAL.replace("upfront_fee", "upfront_fees"),
            "d/offer-rules.yaml:4:15:",
            "unknown category",
        ),
        (
            MINIMAL.replace("weight: 5", "weight: 11"),
            "d/offer-rules.yaml:5:13:",
            "out of range",
        ),
        (
            MINIMAL.replace("oldindan to'lov*", "old*indan"),
            "d/offer-rules.yaml:9:12:",
            "`*` may only end a word",
        ),
        (
            MINIMAL.replace("explain: offer-flag", "explain: flag"),
            "d/offer-rules.yaml:6:14:",
            "not a text id",
        ),
        (
            MINIMAL.replace("    patterns:", "    pattern:"),
            "d/offer-rules.yaml:8:5:",
            "unknown field",
        ),
        (
            MINIMAL.replace("medium: 3", "medium: 7"),
            "d/offer-rules.yaml:1:16:",
            "must grow",
        ),
        (
            format!(
                "{MINIMAL}combos:\n  - id: c\n    category: urgency\n    weight: 3\n    all: [women, \"rule:nope\"]\n    explain: offer-a\n    advice: offer-b\n"
            ),
            "d/offer-rules.yaml:14:18:",
            "names no rule",
        ),
    ];
    for (text, at, what) in cases {
        let errors = rules_errors(&text);
        assert!(
            errors.iter().any(|e| e.starts_with(at) && e.contains(what)),
            "expected {at} … {what}; got {errors:?}"
        );
    }
}

#[test]
fn registry_errors_have_line_and_column() {
    let mut diags = Diagnostics::default();
    let text = "agencies:\n  - name: X\n    kind: agency\n    status: closed\n    source: s\nreported_contacts:\n  - kind: phone\n    value: \"12\"\n    source: s\n    reported: r\n";
    assert!(registry::Registry::parse(Path::new("g.yaml"), text, &mut diags).is_none());
    let errors: Vec<String> = diags.errors().map(|d| d.to_string()).collect();
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("g.yaml:3:11:") && e.contains("unknown kind")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("g.yaml:4:13:") && e.contains("unknown status")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("g.yaml:8:12:") && e.contains("not a phone")),
        "{errors:?}"
    );
}
// ---------------------------------------------------------------------------------------------
// Reading offers as they mean it: polarity, green signals, fees the worker pays, sourced pay.

fn greens(text: &str) -> Vec<String> {
    shipped()
        .check(text)
        .greens
        .into_iter()
        .map(|g| g.id)
        .collect()
}

/// In each language and script, a negated fee is a green signal and no red flag; the same
/// negation next to a real fee in another clause leaves the fee red.
#[test]
fn a_negated_fee_is_green_and_a_real_fee_beside_it_stays_red() {
    use Category::UpfrontFee as C;
    let cases = [
        // (negated fee, negated fee + a real one)
        (
            "Ishga joylash uchun oldindan to'lov talab qilinmaydi.",
            "Oldindan to'lov talab qilinmaydi, lekin hujjatlar uchun 300$ to'laysiz.",
        ),
        (
            "Ишчидан ҳеч қандай олдиндан тўлов олинмайди.",
            "Ишчидан ҳеч қандай олдиндан тўлов олинмайди. Виза учун 400$ тўлайсиз.",
        ),
        (
            "Работа без предоплаты, услуги агентства для работника бесплатны.",
            "Мы не мошенники, предоплата 30%.",
        ),
        (
            "Jumısshıdan aldınnan pul alınbaydı.",
            "Jumısshıdan aldınnan pul alınbaydı. Viza ushın 500$ tóleysiz.",
        ),
        (
            "Жумысшыдан алдыннан пул алынбайды.",
            "Жумысшыдан алдыннан пул алынбайды. Виза ушын 500$ төлейсиз.",
        ),
    ];
    for (green, red) in cases {
        let r = shipped().check(green);
        assert_eq!(has(green, C), None, "{green}: {:?}", r.flags);
        assert!(
            r.greens.iter().any(|g| g.id == "no-fee"),
            "{green}: {:?}",
            r.greens
        );
        let r = shipped().check(red);
        assert!(has(red, C).is_some(), "{red}: {:?}", r.flags);
        assert_eq!(r.risk, Risk::High, "{red}");
    }
    // "Prepayment is not refunded" takes nothing back.
    assert!(has("Предоплата 20% не возвращается.", C).is_some());
    // A green phrase that is itself negated does not count.
    assert!(!greens("Litsenziya yo'q, lekin ishonchli.").contains(&"licensed".to_string()));
    assert!(greens("Litsenziyaga ega agentlik.").contains(&"licensed".to_string()));
}

#[test]
fn reassurances_are_green_and_lower_the_risk_but_not_below_a_sure_sign() {
    let g = greens(
        "Aviachipta ish beruvchi hisobidan. Shartnoma jo'nashdan oldin imzolanadi. \
         Pasport o'zingizda qoladi.",
    );
    for id in [
        "employer-pays",
        "contract-before-departure",
        "passport-stays",
    ] {
        assert!(g.contains(&id.to_string()), "{id}: {g:?}");
    }
    let g = greens("Билет и визу оплачивает работодатель, договор до выезда.");
    assert!(g.contains(&"employer-pays".to_string()), "{g:?}");
    assert!(
        g.contains(&"contract-before-departure".to_string()),
        "{g:?}"
    );
    // Reassurances do not outweigh a sure sign stated elsewhere.
    let r = shipped()
        .check("Билет за счёт работодателя, договор до выезда. Паспорт заберём на время работы.");
    assert!(!r.greens.is_empty());
    assert_eq!(r.risk, Risk::High, "{:?}", r.flags);
}

#[test]
fn weak_signals_are_medium_never_low() {
    for text in [
        "Rossiyaga qurilishga ishchilar kerak. Ertaga jo'naymiz!",
        "Работа в Казахстане на складе, пишите в телеграм @sklad_000",
        "Xorijda yaxshi ish bor, batafsil uchrashganda aytaman.",
    ] {
        let r = shipped().check(text);
        assert!(!r.flags.is_empty(), "{text}");
        assert_eq!(r.risk, Risk::Medium, "{text}: {:?}", r.flags);
    }
    assert_eq!(shipped().check("Salom, qalaysiz?").risk, Risk::Low);
}

/// A sum is a fee only when the worker pays it.
#[test]
fn a_salary_the_employer_pays_is_not_a_fee() {
    use Category::UpfrontFee as C;
    for text in [
        "Курьеры, 80 000 рублей за счёт работодателя, оформление по договору.",
        "Patent puli 10 000 rubl ish beruvchi tomonidan to'lanadi.",
        "Ishchidan hech qanday pul olinmaydi, 500$ yo'l xarajatini ish beruvchi to'laydi.",
    ] {
        let r = shipped().check(text);
        assert_eq!(has(text, C), None, "{text}: {:?}", r.flags);
    }
    // The same kind of sum asked of the worker is.
    for text in [
        "Для брони места внесите 150 долларов.",
        "Joyingizni bron qilish uchun 200 dollar to'laysiz.",
        "Гарантийный депозит 500 долларов, страховку оплачиваете сами.",
        "Qamsızlandırıw ushın 200 dollar ózińiz tóleysiz.",
    ] {
        assert!(
            has(text, C).is_some(),
            "{text}: {:?}",
            shipped().check(text).flags
        );
    }
}

#[test]
fn pay_is_compared_with_the_sourced_reference_of_its_job_and_place() {
    use Category::UnrealisticPay as C;
    let pay_flag = |text: &str| {
        shipped()
            .check(text)
            .flags
            .into_iter()
            .find(|f| f.rule == "salary_too_high")
    };
    // Couriers in Russia: the hh.ru median (146,000 RUB) × 2.5 = 365,000 RUB.
    let f = pay_flag("Курьеры в Москву, 400 000 рублей в месяц.").expect("flagged");
    assert_eq!(f.title, "offer-pay-russia-courier");
    assert_eq!(f.explain, super::PAY_REFERENCE_KEY);
    assert!(
        f.args.contains(&("cite", "hh.ru, 2025".to_string())),
        "{:?}",
        f.args
    );
    assert!(
        f.args
            .iter()
            .any(|(k, v)| *k == "figure" && v.contains("146") && v.contains("RUB"))
    );
    assert_eq!(has("Курьеры в Москву, 300 000 рублей в месяц.", C), None);
    // Loaders have their own median (68,000 RUB): 200,000 is too good for them.
    let f = pay_flag("Грузчики в Москву, 200 000 рублей в месяц.").expect("flagged");
    assert_eq!(f.title, "offer-pay-russia-loader");
    // Converted with the brief's dated rates: $5,000 a month ≈ 385,600 RUB for a courier.
    let f = pay_flag("Rossiyada kuryer, oyiga 5000 dollar.").expect("flagged");
    assert_eq!(f.title, "offer-pay-russia-courier");
    // Korea (EPS): twice the 2026 minimum (2,156,880 KRW) is already too good.
    assert!(pay_flag("Koreyaga zavodga, oyiga 4 500 000 von.").is_some());
    assert!(pay_flag("Koreyaga zavodga, oyiga 2 300 000 von.").is_none());
    // UK seasonal work: per hour against £12.71.
    assert!(pay_flag("Angliyada fermada ish, soatiga 30 funt.").is_some());
    assert!(pay_flag("Angliyada fermada ish, soatiga 13 funt.").is_none());
    // Skilled work is not held to unskilled references.
    assert!(pay_flag("Германия, сварщик с опытом от 5 лет, 4000 евро в месяц.").is_none());
}

#[test]
fn figure_age_is_counted_in_months() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
    assert_eq!(rules::months_old("2025-04", today), Some(20));
    assert_eq!(rules::months_old("2025-12-17", today), Some(12));
    assert_eq!(rules::months_old("2024", today), Some(24));
    assert_eq!(rules::months_old("n.d.", today), None);
    // An old reference makes `safar check` warn; a fresh one does not.
    let text = |date: &str| {
        format!(
            "{}destinations:\n  - id: korea\n    names: [koreya*]\ncurrencies:\n  - code: KRW\n    names: [von]\n    usd: 0.0007\n    date: \"2025-12-22\"\n    source: test\nsalaries:\n  - destination: korea\n    reference: {{amount: 2156880, currency: KRW, period: month}}\n    factor: 2\n    label: offer-pay-korea\n    cite: \"KBS, 2026\"\n    source: test\n    date: \"{date}\"\n",
            MINIMAL
        )
    };
    let warns = |date: &str| {
        let mut diags = Diagnostics::default();
        rules::Rules::parse(Path::new("d/offer-rules.yaml"), &text(date), &mut diags)
            .expect("loads");
        diags
            .warnings()
            .map(|d| d.to_string())
            .filter(|w| w.contains("months ago"))
            .count()
    };
    assert_eq!(warns("2020-01-01"), 1);
    assert_eq!(warns(&chrono::Utc::now().format("%Y-%m-%d").to_string()), 0);
}

#[test]
fn an_agency_not_in_the_registry_is_not_found_in_the_list() {
    let r = shipped().check("Агентство «Global Work Star» набирает рабочих в Польшу.");
    let f = r
        .flags
        .iter()
        .find(|f| f.rule == "agency_not_listed")
        .expect("flagged");
    assert_eq!(f.category, Category::UnlicensedAgency);
    assert_eq!(f.args, vec![("name", "Global Work Star".to_string())]);
    assert_eq!(r.risk, Risk::Medium);
    // The state Migration Agency is not a private agency to look up.
    let r = shipped().check("«Migratsiya agentligi» orqali Koreyaga ish.");
    assert!(
        r.flags.iter().all(|f| f.rule != "agency_not_listed"),
        "{:?}",
        r.flags
    );
}

// ---------------------------------------------------------------------------------------------
// Company names (`names`): one agency however it is written, generic names refused.

fn name_key(written: &str) -> String {
    shipped()
        .company_name(written)
        .unwrap_or_else(|e| panic!("{written}: {e:?}"))
        .key()
}

#[test]
fn one_company_name_in_every_spelling() {
    let key = name_key("«Global Work» МЧЖ");
    for written in [
        "GLOBAL WORK LLC",
        "\"Global Work\" mchj",
        "Global Work",
        "“Global Work” M.Ch.J.",
        "ООО «Глобал Ворк»",
        "Глобал Ворк",
        "ГЛОБАЛ ВОРК МЧЖ",
        "global-work ltd.",
        "'Global  Work' XK",
        "GlobalWork",
        "Global Work Sp. z o.o.",
    ] {
        assert_eq!(name_key(written), key, "{written}");
    }
    // Uzbek Latin and Cyrillic, with and without the apostrophe letters.
    assert_eq!(
        name_key("«Yo'lchi Yulduz» MChJ"),
        name_key("Йўлчи Юлдуз МЧЖ")
    );
    assert_eq!(
        name_key("Xalq Xizmat Express"),
        name_key("Халқ Хизмат Экспресс")
    );
    assert_eq!(name_key("Smart Jobs"), name_key("Смарт Джобс"));
    assert_eq!(name_key("Max Holding"), name_key("Макс Холдинг"));
}

#[test]
fn different_companies_stay_different() {
    let key = name_key("Global Work");
    for other in [
        "Global Workers",
        "Global Works Group",
        "Global Star",
        "Work Global",
        "Globus Work",
        "Glob Al Work Plus",
    ] {
        assert_ne!(name_key(other), key, "{other}");
    }
}

#[test]
fn generic_and_short_names_are_refused() {
    use names::NameRefusal;
    for generic in [
        "Agency",
        "агентство",
        "Kompaniya",
        "Ish agentligi",
        "Рабочая компания",
        "Korea Jobs",
        "Work Group LLC",
        "ООО «Работа»",
        "Xalqaro Kadrlar Markazi",
        "Top Ish",
        "+998 90 123 45 67",
        "2024 12345 LLC",
    ] {
        assert_eq!(
            shipped().company_name(generic),
            Err(NameRefusal::Generic),
            "{generic}"
        );
    }
    for short in ["AB", "«Star» LLC", "«Ish» MChJ", "МЧЖ", ""] {
        assert_eq!(
            shipped().company_name(short),
            Err(NameRefusal::TooShort),
            "{short}"
        );
    }
    // A registry agency's name: its entry in the registry decides, not a report.
    assert_eq!(
        shipped().company_name("«Ethero» LLC"),
        Err(NameRefusal::InRegistry("Ethero".into()))
    );
}

fn confirmed_name(written: &str) -> confirmed::ConfirmedContacts {
    confirmed::ConfirmedContacts::new([(
        extract::ContactKind::Name,
        shipped().company_name(written).unwrap().value(),
        2,
        "2026-12-05".to_string(),
    )])
}

#[test]
fn an_offer_naming_a_confirmed_company_in_another_spelling_is_high() {
    let confirmed = confirmed_name("«Global Work» МЧЖ");
    for offer in [
        "GLOBAL WORK LLC приглашает на работу в Польшу, зарплата 1200 евро",
        "Глобал Ворк компанияси Кореяга ишчилар олиб кетади",
        "Polshaga ish! GlobalWork agentligi, tel +998 90 000 11 22",
    ] {
        let r = shipped().check_with(offer, &confirmed);
        assert_eq!(r.risk, Risk::High, "{offer}");
        let f = r
            .flags
            .iter()
            .find(|f| f.rule == "hotline_confirmed_name")
            .unwrap_or_else(|| panic!("{offer}: {:?}", r.flags));
        assert_eq!(f.title, CONFIRMED_NAME_TITLE);
        assert!(f.args.contains(&("times", "2".to_string())), "{f:?}");
        assert!(
            f.args.contains(&("date", "2026-12-05".to_string())),
            "{f:?}"
        );
        // The evidence is the name as this offer writes it, and it is what a report sends.
        assert!(
            offer.contains(&f.evidence[0].text) && f.evidence[0].text.len() >= 9,
            "{f:?}"
        );
        assert!(
            r.names.iter().any(|n| n.text == f.evidence[0].text),
            "{r:?}"
        );
    }
}

#[test]
fn a_confirmed_name_does_not_flag_offers_that_only_share_words() {
    let confirmed = confirmed_name("«Global Work» МЧЖ");
    for offer in [
        "Global Workers Union: bepul maslahat, ish haqida",
        "Работа (work) по всему миру, global вакансии",
        "Global kompaniyada ish, work permit beriladi",
        "Global Workforce Solutions LLC, Польша",
    ] {
        let r = shipped().check_with(offer, &confirmed);
        assert!(
            !r.flags.iter().any(|f| f.rule == "hotline_confirmed_name"),
            "{offer}: {:?}",
            r.flags
        );
    }
    // Nothing confirmed: the checker does not read names at all, the report is as before.
    let offer = "GLOBAL WORK LLC приглашает на работу в Польшу";
    assert_eq!(
        shipped().check(offer),
        shipped().check_with(offer, &confirmed::ConfirmedContacts::default())
    );
}

#[test]
fn quoted_names_next_to_a_legal_form_are_company_names() {
    let r = shipped().check("ООО «Ромашка Трейд» набирает рабочих. «Global Work» МЧЖ ham bor.");
    let names: Vec<&str> = r.names.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(names, ["Ромашка Трейд", "Global Work"]);
    // A quote without an agency word or a legal form is not a name.
    let r = shipped().check("Ish «juda yaxshi» maosh bilan");
    assert!(r.names.is_empty(), "{:?}", r.names);
}

#[test]
fn a_reported_name_in_the_registry_is_checked_and_flags_offers() {
    let registry = "reported_contacts:\n  - kind: name\n    value: \"«Global Work» МЧЖ\"\n    source: \"hotline\"\n    reported: \"2026-12-01\"\n";
    let mut diags = Diagnostics::default();
    let checker = OfferChecker::from_sources(
        (
            Path::new("offer-rules.yaml"),
            include_str!("../../dialogues/offer-rules.yaml"),
        ),
        (Path::new("offer-registry.yaml"), registry),
        &mut diags,
    )
    .unwrap_or_else(|| panic!("{diags}"));
    let r = checker.check("Глобал Ворк: работа в Корее");
    let f = r.flags.iter().find(|f| f.rule == "reported_name").unwrap();
    assert_eq!(f.evidence[0].text, "Глобал Ворк");
    assert_eq!(f.title, REPORTED_NAME_TITLE);
    // A generic name is refused where it is written.
    let generic = registry.replace("«Global Work» МЧЖ", "Ish agentligi");
    let mut diags = Diagnostics::default();
    assert!(
        OfferChecker::from_sources(
            (
                Path::new("offer-rules.yaml"),
                include_str!("../../dialogues/offer-rules.yaml"),
            ),
            (Path::new("offer-registry.yaml"), &generic),
            &mut diags,
        )
        .is_none()
    );
    let text = diags.to_string();
    assert!(text.contains("offer-registry.yaml:3:12"), "{text}");
    assert!(text.contains("only generic words"), "{text}");
}
